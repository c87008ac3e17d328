package org.centrecpd.courses.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.centrecpd.courses.domain.Course;
import org.centrecpd.courses.domain.CourseCompletion;
import org.centrecpd.courses.domain.CourseCompletionRepository;
import org.centrecpd.courses.domain.CourseProgress;
import org.centrecpd.courses.domain.CourseProgressRepository;
import org.centrecpd.courses.domain.CourseUnit;
import org.centrecpd.courses.domain.CourseVersion;
import org.centrecpd.courses.domain.UnitProgress;
import org.centrecpd.courses.domain.UnitProgressRepository;
import org.centrecpd.organisation.service.AccessScope;
import org.springframework.stereotype.Component;

/**
 * The signed-in learner's records: which courses they started and completed, which units they read
 * and finished. Shared by the catalogue (to show where I am) and the player (to move me on); the
 * person always comes from the security context. A sign-in without a person record (an admin) has
 * no progress and records none.
 */
@Component
class LearnerProgress {

    private final AccessScope scope;
    private final CourseProgressRepository courseProgress;
    private final UnitProgressRepository unitProgress;
    private final CourseCompletionRepository completions;
    private final Clock clock;

    LearnerProgress(AccessScope scope, CourseProgressRepository courseProgress, UnitProgressRepository unitProgress,
                    CourseCompletionRepository completions, Clock clock) {
        this.scope = scope;
        this.courseProgress = courseProgress;
        this.unitProgress = unitProgress;
        this.completions = completions;
        this.clock = clock;
    }

    Optional<Long> person() {
        return scope.self();
    }

    long requirePerson() {
        return scope.requireSelf("courses.noPerson");
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** Where I am with each course, read in two statements whatever the number of courses. */
    Function<Long, LearnerStatus> courseStatuses() {
        Optional<Long> me = person();
        Set<Long> completed = me.map(p -> Set.copyOf(completions.completedCourseIds(p))).orElse(Set.of());
        Set<Long> started = me.map(p -> Set.copyOf(courseProgress.startedCourseIds(p))).orElse(Set.of());
        return courseId -> completed.contains(courseId) ? LearnerStatus.COMPLETED
            : started.contains(courseId) ? LearnerStatus.IN_PROGRESS : LearnerStatus.NOT_STARTED;
    }

    /** Where I am with each unit of the course's current version (progress follows a unit's content). */
    Function<CourseUnit, LearnerStatus> unitStatuses(Course course) {
        Map<String, UnitProgress> progress = person()
            .map(p -> unitProgress.findByPersonIdAndCourseId(p, course.getId()).stream()
                .collect(Collectors.toMap(u -> key(u.getUnitKey(), u.getFingerprint()), Function.identity())))
            .orElse(Map.of());
        return unit -> status(progress.get(key(unit.getUnitKey(), unit.getFingerprint())));
    }

    /** Have I attended a session of this workshop (a completion recorded from the register)? False without a person. */
    boolean attended(Course course) {
        return person().map(p -> completions.attended(p, course.getId())).orElse(false);
    }

    Optional<CourseCompletion> completion(Course course) {
        return person().flatMap(p -> completions.findFirstByPersonIdAndCourseIdOrderByCompletedOnDesc(p, course.getId()));
    }

    /** The version I was last following, if I started the course. */
    Optional<Integer> followingVersion(Course course) {
        return person().flatMap(p -> courseProgress.findByPersonIdAndCourseId(p, course.getId()))
            .map(CourseProgress::getVersionNumber);
    }

    /**
     * Records that I opened a unit of the current version (which moves me on to that version).
     *
     * @return whether I had already completed the unit
     */
    boolean opened(long person, Course course, CourseUnit unit) {
        LocalDateTime now = now();
        int version = course.getCurrent().getNumber();
        courseProgress.findByPersonIdAndCourseId(person, course.getId()).ifPresentOrElse(
            progress -> progress.opened(version, now),
            () -> courseProgress.save(new CourseProgress(person, course.getId(), version, now)));
        return unit(person, course, unit, now).isComplete();
    }

    /** Marks the unit complete; returns whether every unit of the current version now is. */
    boolean completeUnit(long person, Course course, CourseUnit unit, List<CourseUnit> allUnits) {
        LocalDateTime now = now();
        unit(person, course, unit, now).complete(now);
        unitProgress.flush();
        Function<CourseUnit, LearnerStatus> status = unitStatuses(course);
        return allUnits.stream().allMatch(u -> status.apply(u) == LearnerStatus.COMPLETED);
    }

    /**
     * Credits the course when every unit is complete. After an earlier completion, only a re-take
     * counts: every unit completed again on a day after the last completion (see {@link #retake});
     * opening and closing units of a course already credited adds nothing. Empty if nothing new.
     */
    Optional<CourseCompletion> completeCourse(long person, CourseVersion version, List<CourseUnit> allUnits) {
        Course course = version.getCourse();
        Optional<CourseCompletion> last = completions.findFirstByPersonIdAndCourseIdOrderByCompletedOnDesc(person, course.getId());
        if (last.isPresent()) {
            LocalDate lastDay = last.get().getCompletedOn();
            Map<String, UnitProgress> mine = unitProgress.findByPersonIdAndCourseId(person, course.getId()).stream()
                .collect(Collectors.toMap(u -> key(u.getUnitKey(), u.getFingerprint()), Function.identity(), (a, b) -> a));
            boolean retaken = allUnits.stream().allMatch(u -> {
                UnitProgress p = mine.get(key(u.getUnitKey(), u.getFingerprint()));
                return p != null && p.getCompletedAt() != null && p.getCompletedAt().toLocalDate().isAfter(lastDay);
            });
            if (!retaken) {
                return Optional.empty();
            }
        }
        return Optional.of(completions.save(new CourseCompletion(person, version, now().toLocalDate())));
    }

    /** Starts again: every unit is to be completed again; the completions made so far stay. */
    void retake(long person, Course course) {
        unitProgress.reopenAll(person, course.getId());
    }

    /** My CPD hours this calendar year and in total, in one statement. */
    CpdSummary cpd() {
        LocalDate today = LocalDate.now(clock);
        return person().map(p -> completions.hours(p, today.withDayOfYear(1)))
            .map(h -> new CpdSummary(today.getYear(), h.since(), h.total()))
            .orElse(new CpdSummary(today.getYear(), BigDecimal.ZERO, BigDecimal.ZERO));
    }

    private UnitProgress unit(long person, Course course, CourseUnit unit, LocalDateTime now) {
        return unitProgress.findByPersonIdAndCourseIdAndUnitKeyAndFingerprint(person, course.getId(), unit.getUnitKey(),
                unit.getFingerprint())
            .orElseGet(() -> unitProgress.save(new UnitProgress(person, course.getId(), unit.getUnitKey(),
                unit.getFingerprint(), course.getCurrent().getNumber(), now)));
    }

    private static String key(String unitKey, String fingerprint) {
        return unitKey + "#" + fingerprint;
    }

    private static LearnerStatus status(UnitProgress progress) {
        if (progress == null) {
            return LearnerStatus.NOT_STARTED;
        }
        return progress.isComplete() ? LearnerStatus.COMPLETED : LearnerStatus.IN_PROGRESS;
    }
}
