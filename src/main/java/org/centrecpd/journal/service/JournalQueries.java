package org.centrecpd.journal.service;

import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.centrecpd.base.SearchText;
import org.centrecpd.journal.domain.EntryRow;
import org.centrecpd.journal.domain.JournalEntry;
import org.centrecpd.journal.domain.JournalEntryRepository;
import org.centrecpd.journal.domain.JournalFeedbackRepository;
import org.centrecpd.journal.domain.JournalReadRepository;
import org.centrecpd.journal.domain.JournalShare;
import org.centrecpd.journal.domain.JournalShareRepository;
import org.centrecpd.journal.domain.SupervisionNoteRepository;
import org.centrecpd.organisation.service.AccessScope;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is in my journal: my entries listed, filtered and searched in the database, one entry in full
 * with who it is shared with, who opened it and the feedback on it, my drafts, tags and units, the
 * notes of my supervision meetings, and everything an export needs. Only ever the signed-in person's
 * own journal ({@link JournalPolicy}).
 */
@Service
@Transactional(readOnly = true)
public class JournalQueries {

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
    private final JournalPolicy policy;
    private final AccessScope scope;

    JournalQueries(JournalEntryRepository entries, JournalShareRepository shares, JournalReadRepository reads,
                   JournalFeedbackRepository feedback, SupervisionNoteRepository notes, CorePurposeAreaIds areas,
                   LinkableUnits units, JournalPolicy policy, AccessScope scope) {
        this.entries = entries;
        this.shares = shares;
        this.reads = reads;
        this.feedback = feedback;
        this.notes = notes;
        this.areas = areas;
        this.units = units;
        this.policy = policy;
        this.scope = scope;
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
        return entries.mine(policy.me(), blankToNull(f.courseSlug()), blankToNull(f.areaId()), blankToNull(f.tag()), from(f),
            to(f), SearchText.containing(f.text()), page);
    }

    @PermitAll
    public long countMine(EntryFilter filter) {
        EntryFilter f = filter == null ? EntryFilter.all() : filter;
        return entries.countMine(policy.me(), blankToNull(f.courseSlug()), blankToNull(f.areaId()), blankToNull(f.tag()),
            from(f), to(f), SearchText.containing(f.text()));
    }

    /**
     * My entries whose title or text contains {@code text}, newest first, a page at a time: what I may link to
     * learning I record elsewhere (evidence of external CPD). Only ever my own journal.
     */
    @PermitAll
    public List<ReflectionChoice> myReflections(String text, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 200));
        return entries.mine(policy.me(), null, null, null, EARLIEST, LATEST, SearchText.containing(text),
                PageRequest.of(offset / size, size)).stream()
            .map(r -> new ReflectionChoice(r.id(), r.title(), r.createdAt())).toList();
    }

    /** One of my entries to link, or empty when it is not mine (or gone): someone else's is never offered nor named. */
    @PermitAll
    public java.util.Optional<ReflectionChoice> myReflection(long id) {
        return entries.findByIdAndPersonId(id, policy.me())
            .map(e -> new ReflectionChoice(e.getId(), e.getTitle() == null ? e.getPrompt() : e.getTitle(), e.getCreatedAt()));
    }

    /** My unfinished drafts, newest first (a few): offered back when I return to the journal. */
    @PermitAll
    public List<DraftRow> myDrafts() {
        return entries.drafts(policy.me(), PageRequest.of(0, 5)).stream()
            .map(e -> new DraftRow(e.getId(), e.getTitle(), e.getUpdatedAt())).toList();
    }

    /** The tags I have used, for the filter and the editor's suggestions. */
    @PermitAll
    public List<String> myTags() {
        return entries.tagsOf(policy.me());
    }

    /** The course units my entries belong or are linked to. */
    @PermitAll
    public List<UnitLink> myUnits() {
        return entries.unitsOf(policy.me()).stream().map(UnitLink::of).toList();
    }

    /**
     * The course units a reflection can be linked to: any unit of any published course whose course
     * or unit title contains {@code text}, a page at a time (see {@link LinkableUnits}).
     */
    @PermitAll
    public List<UnitLink> linkableUnits(String text, int offset, int limit) {
        policy.me();
        return units.search(text, offset, Math.min(limit, 200));
    }

    /** The core-purpose areas an entry can be filed under, as ids (see {@link CorePurposeAreaIds}). */
    @PermitAll
    public List<String> areaIds() {
        return areas.ids();
    }

    /** One of my entries, with who it is shared with, who opened it, and feedback. */
    @PermitAll
    public Entry entry(long id) {
        JournalEntry e = policy.myEntry(id);
        List<Entry.ShareRow> shareRows = shares.findByEntryIdOrderBySharedAt(id).stream()
            .map(s -> new Entry.ShareRow(s.getManagerId(), s.getManagerName(), s.getSharedAt())).toList();
        List<Entry.ReadRow> readRows = reads.findByEntryIdOrderByReadAtDesc(id).stream()
            .map(r -> new Entry.ReadRow(r.getReaderName(), r.getReadAt())).toList();
        return Entry.of(e, shareRows, readRows, feedbackOn(id, null));
    }

    /** Notes of my supervision meetings, newest first. */
    @PermitAll
    public List<NoteRow> mySupervisionNotes() {
        return notes.findByStaffIdOrderByMeetingDateDescIdDesc(policy.me()).stream().map(NoteRow::of).toList();
    }

    /** My entries (as filtered), in full, newest first: for the PDF portfolio and the Markdown export. */
    @PermitAll
    public List<Entry> forExport(EntryFilter filter) {
        EntryFilter f = filter == null ? EntryFilter.all() : filter;
        long me = policy.me();
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
                out.add(Entry.of(e, shareRows.getOrDefault(id, List.of()), readRows.getOrDefault(id, List.of()),
                    feedbackRows.getOrDefault(id, List.of())));
            }
        }
        return out;
    }

    /**
     * The feedback on several entries, by entry, oldest first; only {@code onlyBy}'s when given. One
     * statement. The caller has checked the entries are the reader's to see.
     */
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
}
