package org.centrecpd.journal.service;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.SearchText;
import org.centrecpd.base.StaleEditException;
import org.centrecpd.journal.ReflectiveModel;
import org.centrecpd.journal.domain.EntryRow;
import org.centrecpd.journal.domain.JournalEntry;
import org.centrecpd.journal.domain.JournalEntryRepository;
import org.centrecpd.journal.domain.JournalFeedbackRepository;
import org.centrecpd.journal.domain.JournalReadRepository;
import org.centrecpd.journal.domain.JournalShare;
import org.centrecpd.journal.domain.JournalShareRepository;
import org.centrecpd.journal.domain.SupervisionNoteRepository;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.organisation.service.PersonName;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own journal. The journal is private: every method works on the signed-in person's
 * entries, taken from AccessScope and never from a parameter, so no caller can read or write
 * someone else's reflections; an id that is not mine answers "not found". What a manager may read
 * is decided in {@link SupervisionService}, and only for entries the author shared with them.
 */
@Service
@Transactional(readOnly = true)
public class JournalService {

    public static final int MAX_TEXT = 100_000;
    public static final int MAX_TITLE = 300;
    public static final int MAX_TAG = 60;
    public static final int MAX_TAGS = 20;
    public static final int MAX_MINUTES = 6000;
    /** Before the first entry anyone could have written; after the last. Keeps the date filter one query. */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1900, 1, 1, 0, 0);
    private static final LocalDateTime LATEST = LocalDateTime.of(9999, 1, 1, 0, 0);

    private final JournalEntryRepository entries;
    private final JournalShareRepository shares;
    private final JournalReadRepository reads;
    private final JournalFeedbackRepository feedback;
    private final SupervisionNoteRepository notes;
    private final CorePurposeAreaIds areas;
    private final LinkableUnits units;
    private final AccessScope scope;
    private final Clock clock;

    JournalService(JournalEntryRepository entries, JournalShareRepository shares, JournalReadRepository reads,
                   JournalFeedbackRepository feedback, SupervisionNoteRepository notes, CorePurposeAreaIds areas,
                   LinkableUnits units, AccessScope scope, Clock clock) {
        this.units = units;
        this.entries = entries;
        this.shares = shares;
        this.reads = reads;
        this.feedback = feedback;
        this.notes = notes;
        this.areas = areas;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * Saves (creates or replaces) my answer to a course question. Called on every autosave, so it
     * is one small upsert; an empty answer is kept as empty rather than deleted, so the entry's
     * history (created) survives the learner clearing the box.
     *
     * @return when it was saved
     */
    @Transactional
    @PermitAll
    public LocalDateTime saveCourseAnswer(CourseAnswer answer) {
        long me = me();
        LocalDateTime now = LocalDateTime.now(clock);
        JournalEntry entry = entries.findByPersonIdAndCourseSlugAndUnitKeyAndQuestionId(me, answer.courseSlug(),
                answer.unitKey(), answer.questionId())
            .orElseGet(() -> JournalEntry.courseAnswer(me, answer.courseSlug(), answer.unitKey(), answer.questionId(), now));
        entry.answer(answer.courseVersion(), answer.courseTitle(), answer.unitTitle(), answer.prompt(),
            answer.answer() == null ? "" : answer.answer(), now);
        try {
            entries.saveAndFlush(entry);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            // The same answer saved at the same moment from another tab: nothing was overwritten.
            throw new StaleEditException("Journal entry", e);
        }
        return now;
    }

    /**
     * Saves (creates or replaces) my self-assessment in a course: one journal entry per
     * self-assessment, the ratings in words as its text and by item as its sections, so a later unit
     * can set them beside new ones ({@link #courseRatings}).
     *
     * @return when it was saved
     */
    @Transactional
    @PermitAll
    public LocalDateTime saveCourseRatings(CourseRatings ratings) {
        long me = me();
        LocalDateTime now = LocalDateTime.now(clock);
        JournalEntry entry = entries.findByPersonIdAndCourseSlugAndUnitKeyAndQuestionId(me, ratings.courseSlug(),
                ratings.unitKey(), ratings.questionId())
            .orElseGet(() -> JournalEntry.courseAnswer(me, ratings.courseSlug(), ratings.unitKey(), ratings.questionId(), now));
        entry.answer(ratings.courseVersion(), ratings.courseTitle(), ratings.unitTitle(), ratings.prompt(),
            ratings.summary(), now);
        Map<String, String> byItem = new LinkedHashMap<>();
        ratings.ratings().forEach((item, level) -> byItem.put(item, String.valueOf(level)));
        entry.rated(byItem);
        try {
            entries.saveAndFlush(entry);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new StaleEditException("Journal entry", e);
        }
        return now;
    }

    /** My self-assessment ratings in one unit of a course: question id → item id → rating. */
    @PermitAll
    public Map<String, Map<String, Integer>> courseRatings(String courseSlug, String unitKey) {
        Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
        for (JournalEntry e : entries.findByPersonIdAndCourseSlugAndUnitKey(me(), courseSlug, unitKey)) {
            if (!e.isCourseAnswer() || e.getSections().isEmpty()) {
                continue;
            }
            Map<String, Integer> byItem = new LinkedHashMap<>();
            e.getSections().forEach((item, level) -> {
                try {
                    byItem.put(item, Integer.valueOf(level));
                } catch (NumberFormatException ignored) {
                    // Not a rating: sections of a course answer only ever hold ratings, so skip rather than fail.
                }
            });
            result.put(e.getQuestionId(), byItem);
        }
        return result;
    }

    /** My answers to the questions of one unit of a course, by question id. */
    @PermitAll
    public Map<String, String> courseAnswers(String courseSlug, String unitKey) {
        return entries.findByPersonIdAndCourseSlugAndUnitKey(me(), courseSlug, unitKey).stream()
            .filter(JournalEntry::isCourseAnswer)
            .collect(Collectors.toMap(JournalEntry::getQuestionId, JournalEntry::getAnswer));
    }

    /** Whether I have a person record (and so a journal): a first admin has none. */
    @PermitAll
    public boolean hasJournal() {
        return scope.self().isPresent();
    }

    /** My entries, newest first, filtered and paged in the database. */
    @PermitAll
    public List<EntryRow> mine(EntryFilter filter, Pageable page) {
        EntryFilter f = filter == null ? EntryFilter.all() : filter;
        return entries.mine(me(), blankToNull(f.courseSlug()), blankToNull(f.areaId()), blankToNull(f.tag()), from(f),
            to(f), SearchText.containing(f.text()), page);
    }

    @PermitAll
    public long countMine(EntryFilter filter) {
        EntryFilter f = filter == null ? EntryFilter.all() : filter;
        return entries.countMine(me(), blankToNull(f.courseSlug()), blankToNull(f.areaId()), blankToNull(f.tag()),
            from(f), to(f), SearchText.containing(f.text()));
    }

    /** My unfinished drafts, newest first (a few): offered back when I return to the journal. */
    @PermitAll
    public List<DraftRow> myDrafts() {
        return entries.drafts(me(), PageRequest.of(0, 5)).stream()
            .map(e -> new DraftRow(e.getId(), e.getTitle(), e.getUpdatedAt())).toList();
    }

    /** The tags I have used, for the filter and the editor's suggestions. */
    @PermitAll
    public List<String> myTags() {
        return entries.tagsOf(me());
    }

    /** The course units I have answered questions in. */
    @PermitAll
    public List<UnitLink> myUnits() {
        return entries.unitsOf(me()).stream().map(UnitLink::of).toList();
    }

    /**
     * The course units a reflection can be linked to: any unit of any published course whose course
     * or unit title contains {@code text}, a page at a time (see {@link LinkableUnits}).
     */
    @PermitAll
    public List<UnitLink> linkableUnits(String text, int offset, int limit) {
        me();
        return units.search(text, offset, Math.min(limit, 200));
    }

    /**
     * Links an entry to a unit of a published course (titles as the course has them today), keeps a
     * link it already has or to a unit I answered in (a unit since dropped from its course stays
     * linkable), and refuses anything else: the link comes from the browser, so it is checked here.
     */
    private void link(JournalEntry entry, UnitLink link, long me) {
        if (link == null || link.courseSlug() == null || link.unitKey() == null) {
            entry.linkTo(null, null, null, null);
            return;
        }
        if (link.courseSlug().equals(entry.getCourseSlug()) && link.unitKey().equals(entry.getUnitKey())) {
            return;
        }
        UnitLink known = units.find(link.courseSlug(), link.unitKey())
            .or(() -> entries.unitsOf(me).stream()
                .filter(u -> u.courseSlug().equals(link.courseSlug()) && u.unitKey().equals(link.unitKey())).findFirst()
                .map(UnitLink::of))
            .orElseThrow(() -> new RuleViolation("journal.link.unknown"));
        entry.linkTo(known.courseSlug(), known.courseTitle(), known.unitKey(), known.unitTitle());
    }

    /**
     * The name under which the browser keeps an unsaved copy of an entry while the connection is
     * down: one per sign-in and entry ("new" before the first save), so two people sharing a
     * computer never see each other's text offered back.
     */
    @PermitAll
    public String backupKey(Long entryId) {
        return "centrecpd.journal." + scope.centres().accountId() + "." + (entryId == null ? "new" : entryId);
    }

    /** The core-purpose areas an entry can be filed under, as ids (see {@link CorePurposeAreaIds}). */
    @PermitAll
    public List<String> areaIds() {
        return areas.ids();
    }

    /** One of my entries, with who it is shared with, who opened it, and feedback. */
    @PermitAll
    public Entry entry(long id) {
        JournalEntry e = mineOrNotFound(id);
        List<Entry.ShareRow> shareRows = shares.findByEntryIdOrderBySharedAt(id).stream()
            .map(s -> new Entry.ShareRow(s.getManagerId(), s.getManagerName(), s.getSharedAt())).toList();
        List<Entry.ReadRow> readRows = reads.findByEntryIdOrderByReadAtDesc(id).stream()
            .map(r -> new Entry.ReadRow(r.getReaderName(), r.getReadAt())).toList();
        return details(e, shareRows, readRows, feedbackOn(id, null));
    }

    /**
     * Saves what the editor holds (every autosave, and on finishing). Creates the entry, as a draft,
     * on the first save. Refuses a save made from a stale copy with {@link StaleEditException}: the
     * caller keeps its text, nothing is overwritten.
     */
    @Transactional
    @PermitAll
    public Saved save(EntryDraft draft) {
        return write(draft, false);
    }

    /** Saves and marks the entry finished (no longer a draft to come back to). */
    @Transactional
    @PermitAll
    public Saved finish(EntryDraft draft) {
        return write(draft, true);
    }

    private Saved write(EntryDraft draft, boolean finish) {
        long me = me();
        LocalDateTime now = LocalDateTime.now(clock);
        check(draft);
        if (finish) {
            checkFinished(draft);
        }
        JournalEntry entry;
        if (draft.id() == null) {
            entry = JournalEntry.reflection(me, now);
        } else {
            entry = mineOrNotFound(draft.id());
            if (entry.isCourseAnswer()) {
                throw new RuleViolation("journal.courseAnswer.readOnly");
            }
            if (entry.getVersion() != draft.version()) {
                throw new StaleEditException("Journal entry", null);
            }
        }
        ReflectiveModel model = draft.model() == null ? ReflectiveModel.FREE : draft.model();
        Map<String, String> sections = new LinkedHashMap<>();
        for (String key : model.sections()) {
            String text = draft.sections() == null ? null : draft.sections().get(key);
            if (text != null && !text.isEmpty()) {
                sections.put(key, text);
            }
        }
        entry.write(blankToNull(strip(draft.title())), model, model == ReflectiveModel.FREE ? nullToEmpty(draft.body()) : "",
            sections, tags(draft.tags()), knownAreas(draft.areas()), draft.minutesSpent(), draft.countsAsCpd(), now);
        link(entry, draft.link(), me);
        if (finish) {
            entry.finish(now);
        }
        try {
            entry = entries.saveAndFlush(entry);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleEditException("Journal entry", e);
        }
        return new Saved(entry.getId(), entry.getVersion(), now);
    }

    /**
     * Refused only when the author finishes: an autosave must never be held up by a box not yet
     * filled in (ticking "count as CPD" before typing the minutes), or text would go unsaved.
     */
    private static void checkFinished(EntryDraft draft) {
        if (draft.isEmpty()) {
            throw new RuleViolation("journal.finish.empty");
        }
        if (draft.countsAsCpd() && (draft.minutesSpent() == null || draft.minutesSpent() == 0)) {
            throw new RuleViolation("journal.cpd.needsMinutes");
        }
    }

    private static void check(EntryDraft draft) {
        if (nullToEmpty(draft.title()).length() > MAX_TITLE) {
            throw new RuleViolation("journal.title.tooLong", MAX_TITLE);
        }
        int total = nullToEmpty(draft.body()).length()
            + (draft.sections() == null ? 0 : draft.sections().values().stream().mapToInt(s -> nullToEmpty(s).length()).sum());
        if (total > MAX_TEXT) {
            throw new RuleViolation("journal.text.tooLong", MAX_TEXT);
        }
        if (draft.minutesSpent() != null && (draft.minutesSpent() < 0 || draft.minutesSpent() > MAX_MINUTES)) {
            throw new RuleViolation("journal.minutes.range", MAX_MINUTES);
        }
    }

    /** Tags are short, lower-case words or phrases, so "Fathers" and "fathers" are one tag. */
    private static Set<String> tags(Collection<String> typed) {
        Set<String> tags = new TreeSet<>();
        if (typed != null) {
            for (String t : typed) {
                String tag = nullToEmpty(t).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                if (tag.length() > MAX_TAG) {
                    throw new RuleViolation("journal.tag.tooLong", MAX_TAG);
                }
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw new RuleViolation("journal.tags.tooMany", MAX_TAGS);
        }
        return tags;
    }

    private Set<String> knownAreas(Collection<String> chosen) {
        Set<String> known = new TreeSet<>();
        if (chosen != null) {
            List<String> all = areas.ids();
            for (String a : chosen) {
                if (!all.contains(a)) {
                    throw new RuleViolation("journal.area.unknown");
                }
                known.add(a);
            }
        }
        return known;
    }

    /** Deletes one of my entries for good, with its shares, reads and feedback. */
    @Transactional
    @PermitAll
    public void delete(long id) {
        JournalEntry entry = mineOrNotFound(id);
        entries.delete(entry);
        entries.flush();
    }

    /** My line managers today: who I can share with. */
    @PermitAll
    public List<PersonName> myLineManagers() {
        return scope.myLineManagers();
    }

    /**
     * Shares entries of mine with one of my line managers today (one entry, or a set "for my next
     * supervision"). Drafts cannot be shared: the manager reads what the author has finished.
     */
    @Transactional
    @PermitAll
    public void share(Collection<Long> entryIds, long managerId) {
        PersonName manager = scope.myLineManagers().stream().filter(m -> m.personId() == managerId).findFirst()
            .orElseThrow(() -> new RuleViolation("journal.share.notYourManager"));
        LocalDateTime now = LocalDateTime.now(clock);
        for (long id : entryIds) {
            JournalEntry entry = mineOrNotFound(id);
            if (entry.isDraft()) {
                throw new RuleViolation("journal.share.draft");
            }
            if (shares.findByEntryIdAndManagerId(id, managerId).isEmpty()) {
                shares.save(new JournalShare(id, managerId, manager.fullName(), now));
            }
        }
    }

    /** Stops sharing one of my entries with a manager: from now on they cannot open it. */
    @Transactional
    @PermitAll
    public void unshare(long entryId, long managerId) {
        mineOrNotFound(entryId);
        shares.unshare(entryId, managerId);
    }

    /** Notes of my supervision meetings, newest first. */
    @PermitAll
    public List<NoteRow> mySupervisionNotes() {
        return notes.findByStaffIdOrderByMeetingDateDescIdDesc(me()).stream()
            .map(n -> new NoteRow(n.getId(), n.getManagerName(), n.getMeetingDate(), n.getNotes(), n.getAgreedActions()))
            .toList();
    }

    /** My entries (as filtered), in full, newest first: for the PDF portfolio and the Markdown export. */
    @PermitAll
    public List<Entry> forExport(EntryFilter filter) {
        EntryFilter f = filter == null ? EntryFilter.all() : filter;
        long me = me();
        List<Long> ids = entries.mineIds(me, blankToNull(f.courseSlug()), blankToNull(f.areaId()), blankToNull(f.tag()),
            from(f), to(f), SearchText.containing(f.text()));
        if (ids.isEmpty()) {
            return List.of();
        }
        // A fixed handful of statements whatever the number of entries: the entries (their sections,
        // tags and areas by subselect), then the shares, reads and feedback of all of them at once.
        Map<Long, JournalEntry> byId = entries.mineByIds(me, ids).stream()
            .collect(Collectors.toMap(JournalEntry::getId, e -> e));
        Map<Long, List<Entry.ShareRow>> shareRows = shares.findByEntryIdInOrderBySharedAt(ids).stream()
            .collect(Collectors.groupingBy(JournalShare::getEntryId, Collectors.mapping(
                s -> new Entry.ShareRow(s.getManagerId(), s.getManagerName(), s.getSharedAt()), Collectors.toList())));
        Map<Long, List<Entry.ReadRow>> readRows = reads.findByEntryIdInOrderByReadAtDesc(ids).stream()
            .collect(Collectors.groupingBy(r -> r.getEntryId(), Collectors.mapping(
                r -> new Entry.ReadRow(r.getReaderName(), r.getReadAt()), Collectors.toList())));
        Map<Long, List<Entry.FeedbackRow>> feedbackRows = feedbackOn(ids, null);
        List<Entry> out = new ArrayList<>(ids.size());
        for (Long id : ids) {
            JournalEntry e = byId.get(id);
            if (e != null) {
                out.add(details(e, shareRows.getOrDefault(id, List.of()), readRows.getOrDefault(id, List.of()),
                    feedbackRows.getOrDefault(id, List.of())));
            }
        }
        return out;
    }

    /** The feedback on several entries, by entry, oldest first; only {@code onlyBy}'s when given. One statement. */
    Map<Long, List<Entry.FeedbackRow>> feedbackOn(Collection<Long> entryIds, Long onlyBy) {
        return feedback.findByEntryIdInOrderByWrittenAt(entryIds).stream()
            .filter(f -> onlyBy == null || f.getAuthorId() == onlyBy)
            .collect(Collectors.groupingBy(f -> f.getEntryId(), Collectors.mapping(
                f -> new Entry.FeedbackRow(f.getAuthorName(), f.getBody(), f.getWrittenAt()), Collectors.toList())));
    }

    List<Entry.FeedbackRow> feedbackOn(long entryId, Long onlyBy) {
        return feedback.findByEntryIdOrderByWrittenAt(entryId).stream()
            .filter(f -> onlyBy == null || f.getAuthorId() == onlyBy)
            .map(f -> new Entry.FeedbackRow(f.getAuthorName(), f.getBody(), f.getWrittenAt())).toList();
    }

    static Entry details(JournalEntry e, List<Entry.ShareRow> shareRows, List<Entry.ReadRow> readRows,
                         List<Entry.FeedbackRow> feedbackRows) {
        UnitLink link = e.getCourseSlug() == null ? null : new UnitLink(e.getCourseSlug(),
            e.getCourseTitle() == null ? e.getCourseSlug() : e.getCourseTitle(), e.getUnitKey(),
            e.getUnitTitle() == null ? e.getUnitKey() : e.getUnitTitle());
        return new Entry(e.getId(), e.getVersion(), e.getTitle(), e.getModel(), e.getPrompt(), e.getAnswer(),
            Map.copyOf(e.getSections()), Set.copyOf(e.getTags()), Set.copyOf(e.getAreas()), e.getMinutesSpent(),
            e.isCountsAsCpd(), e.isDraft(), link, e.getCreatedAt(), e.getUpdatedAt(), shareRows, readRows, feedbackRows);
    }

    /** One of my entries by id; anyone else's (or any id, for a sign-in without a journal) is "not found". */
    private JournalEntry mineOrNotFound(long id) {
        return scope.self().flatMap(me -> entries.findByIdAndPersonId(id, me))
            .orElseThrow(() -> new NotFoundException("Journal entry " + id));
    }

    private static LocalDateTime from(EntryFilter f) {
        return f.from() == null ? EARLIEST : f.from().atStartOfDay();
    }

    private static LocalDateTime to(EntryFilter f) {
        LocalDate to = f.to();
        return to == null ? LATEST : to.plusDays(1).atStartOfDay();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Whose journal: always the signed-in person's, from AccessScope, never a parameter. */
    private long me() {
        return scope.requireSelf("journal.noPerson");
    }
}
