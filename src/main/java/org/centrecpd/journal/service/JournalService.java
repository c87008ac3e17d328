package org.centrecpd.journal.service;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import org.centrecpd.base.StaleEditException;
import org.centrecpd.journal.domain.JournalEntry;
import org.centrecpd.journal.domain.JournalEntryRepository;
import org.centrecpd.organisation.service.AccessScope;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own journal. The journal is private: every method works on the signed-in person's
 * entries, taken from the security context and never from a parameter, so no caller can read or
 * write someone else's reflections.
 */
@Service
@Transactional(readOnly = true)
public class JournalService {

    private final JournalEntryRepository entries;
    private final AccessScope scope;
    private final Clock clock;

    JournalService(JournalEntryRepository entries, AccessScope scope, Clock clock) {
        this.entries = entries;
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
        entry.answer(answer.courseVersion(), answer.unitTitle(), answer.prompt(), answer.answer() == null ? "" : answer.answer(), now);
        try {
            entries.saveAndFlush(entry);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            // The same answer saved at the same moment from another tab: nothing was overwritten.
            throw new StaleEditException("Journal entry", e);
        }
        return now;
    }

    /** My answers to the questions of one unit of a course, by question id. */
    @PermitAll
    public Map<String, String> courseAnswers(String courseSlug, String unitKey) {
        return entries.findByPersonIdAndCourseSlugAndUnitKey(me(), courseSlug, unitKey).stream()
            .collect(Collectors.toMap(JournalEntry::getQuestionId, JournalEntry::getAnswer));
    }

    /** Whose journal: always the signed-in person's, from AccessScope, never a parameter. */
    private long me() {
        return scope.requireSelf("journal.noPerson");
    }
}
