package org.centrecpd.journal.service;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.StaleEditException;
import org.centrecpd.journal.ReflectiveModel;
import org.centrecpd.journal.domain.JournalEntry;
import org.centrecpd.journal.domain.JournalEntryRepository;
import org.centrecpd.organisation.service.AccessScope;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing in my journal: reflections autosaved as I type, finished and deleted; and the answers and
 * self-assessments a course writes in as I work through it (which the course reads back from here,
 * so the courses module needs this one class of the journal). Every method works on the signed-in
 * person's own journal ({@link JournalPolicy}). What is read is in {@link JournalQueries}, sharing in
 * {@link JournalSharing}, the manager's side in {@link SupervisionService}.
 */
@Service
@Transactional(readOnly = true)
public class JournalService {

    private final JournalEntryRepository entries;
    private final CorePurposeAreaIds areas;
    private final LinkableUnits units;
    private final JournalPolicy policy;
    private final AccessScope scope;
    private final Clock clock;

    JournalService(JournalEntryRepository entries, CorePurposeAreaIds areas, LinkableUnits units, JournalPolicy policy,
                   AccessScope scope, Clock clock) {
        this.entries = entries;
        this.areas = areas;
        this.units = units;
        this.policy = policy;
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
        return saveInCourse(answer.courseSlug(), answer.unitKey(), answer.questionId(), (entry, now) ->
            entry.answer(answer.courseVersion(), answer.courseTitle(), answer.unitTitle(), answer.prompt(),
                answer.answer() == null ? "" : answer.answer(), now));
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
        return saveInCourse(ratings.courseSlug(), ratings.unitKey(), ratings.questionId(), (entry, now) -> {
            entry.answer(ratings.courseVersion(), ratings.courseTitle(), ratings.unitTitle(), ratings.prompt(),
                ratings.summary(), now);
            Map<String, String> byItem = new LinkedHashMap<>();
            ratings.ratings().forEach((item, level) -> byItem.put(item, String.valueOf(level)));
            entry.rated(byItem);
        });
    }

    /** One entry per question of a course: created on the first save, replaced on every later one. */
    private LocalDateTime saveInCourse(String courseSlug, String unitKey, String questionId,
                                       BiConsumer<JournalEntry, LocalDateTime> write) {
        long me = policy.me();
        LocalDateTime now = LocalDateTime.now(clock);
        JournalEntry entry = entries.findByPersonIdAndCourseSlugAndUnitKeyAndQuestionId(me, courseSlug, unitKey, questionId)
            .orElseGet(() -> JournalEntry.courseAnswer(me, courseSlug, unitKey, questionId, now));
        write.accept(entry, now);
        try {
            entries.saveAndFlush(entry);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            // The same answer saved at the same moment from another tab: nothing was overwritten.
            throw new StaleEditException("Journal entry", e);
        }
        return now;
    }

    /** My self-assessment ratings in one unit of a course: question id → item id → rating. */
    @PermitAll
    public Map<String, Map<String, Integer>> courseRatings(String courseSlug, String unitKey) {
        Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
        for (JournalEntry e : entries.findByPersonIdAndCourseSlugAndUnitKey(policy.me(), courseSlug, unitKey)) {
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
        return entries.findByPersonIdAndCourseSlugAndUnitKey(policy.me(), courseSlug, unitKey).stream()
            .filter(JournalEntry::isCourseAnswer)
            .collect(Collectors.toMap(JournalEntry::getQuestionId, JournalEntry::getAnswer));
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
        long me = policy.me();
        LocalDateTime now = LocalDateTime.now(clock);
        EntryRules.checkSave(draft);
        if (finish) {
            EntryRules.checkFinish(draft);
        }
        JournalEntry entry;
        if (draft.id() == null) {
            entry = JournalEntry.reflection(me, now);
        } else {
            entry = policy.myEntry(draft.id());
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
        String title = draft.title() == null || draft.title().isBlank() ? null : draft.title().strip();
        String body = model == ReflectiveModel.FREE && draft.body() != null ? draft.body() : "";
        entry.write(title, model, body, sections, EntryRules.tags(draft.tags()), EntryRules.areas(draft.areas(), areas.ids()),
            draft.minutesSpent(), draft.countsAsCpd(), now);
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

    /** Deletes one of my entries for good, with its shares, reads and feedback. */
    @Transactional
    @PermitAll
    public void delete(long id) {
        entries.delete(policy.myEntry(id));
        entries.flush();
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
}
