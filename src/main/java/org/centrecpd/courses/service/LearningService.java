package org.centrecpd.courses.service;

import jakarta.annotation.security.PermitAll;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.courses.CourseCompleted;
import org.centrecpd.courses.domain.Course;
import org.centrecpd.courses.domain.CourseCompletion;
import org.centrecpd.courses.domain.CourseRepository;
import org.centrecpd.courses.domain.CourseUnit;
import org.centrecpd.courses.domain.CourseUnitRepository;
import org.centrecpd.courses.domain.CourseVersion;
import org.centrecpd.courses.domain.UnitPart;
import org.centrecpd.journal.service.CourseAnswer;
import org.centrecpd.journal.service.JournalService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "How far am I?": the unit player (open a unit, answer, complete it), course completion, my CPD
 * hours and the courses I am part-way through. Every signed-in role may learn; whatever is read or
 * recorded is the signed-in person's own, taken from the security context and never from a parameter.
 */
@Service
@Transactional(readOnly = true)
public class LearningService {

    /** Longest answer kept (about 15,000 words): enough for any reflection, not for a pasted book. */
    public static final int MAX_ANSWER = 100_000;

    private final CourseRepository courses;
    private final CourseUnitRepository units;
    private final LearnerProgress progress;
    private final JournalService journal;
    private final ApplicationEventPublisher events;
    private final UnitAccess access;
    private final SelfAssessments selfAssessments;

    LearningService(CourseRepository courses, CourseUnitRepository units, LearnerProgress progress, JournalService journal,
                    ApplicationEventPublisher events, UnitAccess access, SelfAssessments selfAssessments) {
        this.courses = courses;
        this.units = units;
        this.progress = progress;
        this.journal = journal;
        this.events = events;
        this.access = access;
        this.selfAssessments = selfAssessments;
    }

    /** My CPD hours from completed courses. */
    @PermitAll
    public CpdSummary myCpd() {
        return progress.cpd();
    }

    /** The courses I started and have not completed, last opened first (none for a sign-in without a person). */
    @PermitAll
    public List<CourseInProgress> myCoursesInProgress() {
        return progress.person().map(courses::startedNotCompletedBy).orElse(List.of()).stream()
            .map(c -> new CourseInProgress(c.getSlug(), c.getCurrent().getTitle())).toList();
    }

    /**
     * Opens a unit of the current version and records that I have read it (which also moves me on
     * to the current version of the course).
     */
    @Transactional
    @PermitAll
    public UnitPage openUnit(String slug, int order) {
        Course course = courses.published(slug);
        CourseVersion version = course.getCurrent();
        CourseUnit unit = unit(version, order);
        Optional<Long> me = progress.person();
        boolean complete = false;
        Map<String, String> answers = Map.of();
        boolean locked = access.waitsForAttendance(me, course, unit);
        if (me.isPresent() && !locked) {
            complete = progress.opened(me.get(), course, unit);
            answers = journal.courseAnswers(slug, unit.getUnitKey());
        }
        List<CourseUnit> all = units.inVersion(version.getId());
        int index = all.indexOf(unit);
        Function<UnitPart, UnitPage.Part> ratings = selfAssessments.parts(slug, unit, all, me.isPresent());
        boolean facilitator = unit.getParts().stream().anyMatch(p -> p.getKind() == UnitPart.Kind.FACILITATOR)
            && access.seesFacilitatorMaterial(slug);
        List<UnitPage.Part> parts = locked ? List.of() : unit.getParts().stream()
            .filter(p -> p.getKind() != UnitPart.Kind.FACILITATOR || facilitator)
            .map(p -> p.getKind() == UnitPart.Kind.RATING ? ratings.apply(p) : part(p, slug, unit.getUnitKey(), me)).toList();
        return new UnitPage(course.getSlug(), version.getTitle(), version.getNumber(), unit.getUnitOrder(), unit.getTitle(),
            unit.getMinutes(), unit.getWeek(), all.size(), parts, answers, complete,
            index > 0 ? all.get(index - 1).getUnitOrder() : null,
            index < all.size() - 1 ? all.get(index + 1).getUnitOrder() : null, me.isPresent(), locked);
    }

    /**
     * Saves my answer to a reflective question into my journal. The prompt saved with it comes from
     * the course, not from the caller.
     *
     * @return when it was saved
     */
    @Transactional
    @PermitAll
    public LocalDateTime saveAnswer(String slug, int order, String questionId, String answer) {
        progress.requirePerson();
        if (answer != null && answer.length() > MAX_ANSWER) {
            throw new RuleViolation("courses.answer.tooLong", MAX_ANSWER);
        }
        Course course = courses.published(slug);
        CourseUnit unit = unit(course.getCurrent(), order);
        access.requireOpen(course, unit);
        UnitPart question = unit.getParts().stream()
            .filter(p -> p.getKind() == UnitPart.Kind.REFLECT && p.getQuestionId().equals(questionId))
            .findFirst().orElseThrow(() -> new NotFoundException("Question " + questionId));
        return journal.saveCourseAnswer(new CourseAnswer(slug, course.getCurrent().getNumber(), unit.getUnitKey(),
            unit.getTitle(), questionId, question.getPrompt(), answer, course.getCurrent().getTitle()));
    }

    /**
     * Saves my self-assessment (item id → rating 1..5; items not yet rated are left out) into my
     * journal, with the ratings written out in words as the entry's text.
     *
     * @return when it was saved
     */
    @Transactional
    @PermitAll
    public LocalDateTime saveRatings(String slug, int order, String questionId, Map<String, Integer> ratings) {
        progress.requirePerson();
        Course course = courses.published(slug);
        CourseVersion version = course.getCurrent();
        CourseUnit unit = unit(version, order);
        access.requireOpen(course, unit);
        UnitPart question = unit.getParts().stream()
            .filter(p -> p.getKind() == UnitPart.Kind.RATING && p.getQuestionId().equals(questionId))
            .findFirst().orElseThrow(() -> new NotFoundException("Self-assessment " + questionId));
        return journal.saveCourseRatings(selfAssessments.entry(slug, version, unit, question, ratings));
    }

    /**
     * Marks a unit complete if every required question has an answer in my journal; completes the
     * course (recording version, date and hours) when it was the last unit, and announces it with
     * {@link CourseCompleted} in the same transaction: the event publication registry stores it
     * with the completion, so a listener that fails later is retried, never skipped.
     */
    @Transactional
    @PermitAll
    public UnitCompletion completeUnit(String slug, int order) {
        long me = progress.requirePerson();
        Course course = courses.published(slug);
        CourseVersion version = course.getCurrent();
        CourseUnit unit = unit(version, order);
        access.requireOpen(course, unit);
        Map<String, String> answers = journal.courseAnswers(slug, unit.getUnitKey());
        List<String> missing = unit.getParts().stream()
            .filter(p -> p.getKind() == UnitPart.Kind.REFLECT && !p.isOptional())
            .filter(p -> answers.getOrDefault(p.getQuestionId(), "").isBlank())
            .map(UnitPart::getPrompt).toList();
        List<CourseUnit> all = units.inVersion(version.getId());
        int index = all.indexOf(unit);
        Integer next = index < all.size() - 1 ? all.get(index + 1).getUnitOrder() : null;
        if (!missing.isEmpty()) {
            return new UnitCompletion(missing, false, null, next);
        }
        if (!progress.completeUnit(me, course, unit, all)) {
            return new UnitCompletion(List.of(), false, null, next);
        }
        Optional<CourseCompletion> completion = progress.completeCourse(me, version, all);
        completion.ifPresent(c -> events.publishEvent(new CourseCompleted(me, slug, version.getNumber(), c.getCpdHours(),
            c.getCompletedOn())));
        return new UnitCompletion(List.of(), completion.isPresent(), completion.map(CourseCompletion::getCpdHours).orElse(null),
            next);
    }

    /**
     * Takes a completed course again (training that must be refreshed): every unit is to be completed
     * again, and completing the last one records a new completion with that day's date.
     */
    @Transactional
    @PermitAll
    public void retake(String slug) {
        long me = progress.requirePerson();
        Course course = courses.published(slug);
        if (progress.completion(course).isEmpty()) {
            throw new RuleViolation("courses.retake.notCompleted");
        }
        progress.retake(me, course);
    }

    /** A check's options come in the learner's own order (file order for a sign-in without a person). */
    private static UnitPage.Part part(UnitPart p, String slug, String unitKey, Optional<Long> learner) {
        return switch (p.getKind()) {
            case TEXT -> new UnitPage.Text(p.getHtml());
            case FACILITATOR -> new UnitPage.Facilitator(p.getQuestionId(), p.getHtml());
            case REFLECT -> new UnitPage.Reflect(p.getQuestionId(), p.getPrompt(), p.isOptional(), p.isAboutFamily());
            case RATING -> throw new IllegalStateException("Self-assessments are built by SelfAssessments");
            case CHECK -> {
                List<UnitPage.Option> options = p.getAnswers().stream()
                    .map(a -> new UnitPage.Option(a.text(), a.correct(), a.why())).toList();
                String key = slug + "/" + unitKey + "#" + p.getQuestionId();
                yield new UnitPage.Check(p.getQuestionId(), p.getPrompt(),
                    learner.map(person -> OptionOrder.forLearner(person, key, options)).orElse(options));
            }
        };
    }

    private CourseUnit unit(CourseVersion version, int order) {
        return units.inVersion(version.getId(), order).orElseThrow(() -> new NotFoundException("Unit " + order));
    }
}
