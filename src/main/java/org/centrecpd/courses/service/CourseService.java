package org.centrecpd.courses.service;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.SearchText;
import org.centrecpd.courses.CourseCompleted;
import org.centrecpd.courses.domain.Course;
import org.centrecpd.courses.domain.CourseCompletion;
import org.centrecpd.courses.domain.CourseCompletionRepository;
import org.centrecpd.courses.domain.CourseProgress;
import org.centrecpd.courses.domain.CourseProgressRepository;
import org.centrecpd.courses.domain.CourseRepository;
import org.centrecpd.courses.domain.CourseUnit;
import org.centrecpd.courses.domain.CourseUnitRepository;
import org.centrecpd.courses.domain.CourseVersion;
import org.centrecpd.courses.domain.UnitPart;
import org.centrecpd.courses.domain.UnitProgress;
import org.centrecpd.courses.domain.UnitProgressRepository;
import org.centrecpd.journal.service.CourseAnswer;
import org.centrecpd.journal.service.JournalService;
import org.centrecpd.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's courses: the catalogue, a course's page, the unit player, answers and completion.
 * Every signed-in role may learn; whatever is read or recorded is the signed-in person's own,
 * taken from the security context and never from a parameter.
 */
@Service
@Transactional(readOnly = true)
public class CourseService {

    /** Longest answer kept (about 15,000 words): enough for any reflection, not for a pasted book. */
    public static final int MAX_ANSWER = 100_000;

    private final CourseRepository courses;
    private final CourseUnitRepository units;
    private final CourseProgressRepository courseProgress;
    private final UnitProgressRepository unitProgress;
    private final CourseCompletionRepository completions;
    private final JournalService journal;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CourseService(CourseRepository courses, CourseUnitRepository units, CourseProgressRepository courseProgress,
                  UnitProgressRepository unitProgress, CourseCompletionRepository completions, JournalService journal,
                  CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.courses = courses;
        this.units = units;
        this.courseProgress = courseProgress;
        this.unitProgress = unitProgress;
        this.completions = completions;
        this.journal = journal;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Published courses matching the filter, by title; the filtering happens in the database. */
    @PermitAll
    public List<CourseCard> catalogue(CatalogueFilter filter) {
        List<Course> found = courses.findAll(matching(filter));
        Optional<Long> me = person();
        Set<Long> completed = me.map(p -> Set.copyOf(completions.completedCourseIds(p))).orElse(Set.of());
        Set<Long> started = me.map(p -> Set.copyOf(courseProgress.startedCourseIds(p))).orElse(Set.of());
        return found.stream().map(c -> new CourseCard(c.getSlug(), c.getCurrent().getTitle(), c.getCurrent().getKind(),
            c.getCurrent().getSummary(), c.getCurrent().getCpdHours(), c.getCurrent().getUnitCount(), completed.contains(c.getId()) ? LearnerStatus.COMPLETED
                : started.contains(c.getId()) ? LearnerStatus.IN_PROGRESS : LearnerStatus.NOT_STARTED)).toList();
    }

    private static Specification<Course> matching(CatalogueFilter f) {
        return (root, query, cb) -> {
            // A fetch, not a join: the cards need the current version's unit count, in the same query.
            Join<Course, CourseVersion> current = query.getResultType() == Long.class
                ? root.join("current") : (Join<Course, CourseVersion>) root.<Course, CourseVersion>fetch("current");
            List<Predicate> where = new ArrayList<>();
            if (f.kind() != null) {
                where.add(cb.equal(current.get("kind"), f.kind()));
            }
            if (f.area() != null) {
                where.add(cb.isMember(f.area(), current.get("corePurpose")));
            }
            if (f.audience() != null) {
                where.add(cb.isMember(f.audience(), current.get("audience")));
            }
            if (f.minHours() != null) {
                where.add(cb.greaterThanOrEqualTo(current.get("cpdHours"), f.minHours()));
            }
            if (f.maxHours() != null) {
                where.add(cb.lessThanOrEqualTo(current.get("cpdHours"), f.maxHours()));
            }
            if (f.text() != null && !f.text().isBlank()) {
                String pattern = SearchText.containing(f.text());
                where.add(cb.or(cb.like(cb.lower(current.get("title")), pattern, SearchText.ESCAPE),
                    cb.like(cb.lower(current.get("summary")), pattern, SearchText.ESCAPE)));
            }
            if (query.getResultType() != Long.class) {
                query.orderBy(cb.asc(current.get("title")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** My CPD hours from completed courses. */
    @PermitAll
    public CpdSummary myCpd() {
        LocalDate today = LocalDate.now(clock);
        return person().map(p -> new CpdSummary(today.getYear(), completions.hoursSince(p, today.withDayOfYear(1)),
                completions.hours(p)))
            .orElse(new CpdSummary(today.getYear(), BigDecimal.ZERO, BigDecimal.ZERO));
    }

    @PermitAll
    public CoursePage course(String slug) {
        Course course = published(slug);
        CourseVersion version = course.getCurrent();
        List<CourseUnit> list = units.inVersion(version.getId());
        Optional<Long> me = person();
        Map<String, UnitProgress> progress = me.map(p -> progressByUnit(p, course)).orElse(Map.of());
        List<CoursePage.UnitRow> rows = list.stream().map(u -> new CoursePage.UnitRow(u.getUnitOrder(), u.getTitle(),
            u.getMinutes(), u.getWeek(), status(progress.get(key(u.getUnitKey(), u.getFingerprint()))))).toList();
        Integer resume = rows.stream().filter(r -> r.status() != LearnerStatus.COMPLETED).findFirst()
            .map(CoursePage.UnitRow::order).orElse(null);
        Optional<CourseCompletion> completion = me.flatMap(p -> completions.findByPersonIdAndCourseId(p, course.getId()));
        Integer updatedFrom = me.flatMap(p -> courseProgress.findByPersonIdAndCourseId(p, course.getId()))
            .filter(p -> p.getVersionNumber() < version.getNumber() && completion.isEmpty())
            .map(CourseProgress::getVersionNumber).orElse(null);
        return new CoursePage(course.getSlug(), version.getTitle(), version.getKind(), version.getSummary(),
            version.getCpdHours(), version.getNumber(), version.getVersionNotes(),
            version.getAudience().stream().sorted().toList(), version.getCorePurpose().stream().sorted().toList(), rows,
            resume, updatedFrom, completion.map(CourseCompletion::getCompletedOn).orElse(null),
            completion.map(CourseCompletion::getVersionNumber).orElse(null), me.isPresent());
    }

    /**
     * Opens a unit of the current version and records that I have read it (which also moves me on
     * to the current version of the course).
     */
    @Transactional
    @PermitAll
    public UnitPage openUnit(String slug, int order) {
        Course course = published(slug);
        CourseVersion version = course.getCurrent();
        CourseUnit unit = unit(version, order);
        Optional<Long> me = person();
        boolean complete = false;
        Map<String, String> answers = Map.of();
        if (me.isPresent()) {
            long p = me.get();
            LocalDateTime now = LocalDateTime.now(clock);
            courseProgress.findByPersonIdAndCourseId(p, course.getId()).ifPresentOrElse(
                progress -> progress.opened(version.getNumber(), now),
                () -> courseProgress.save(new CourseProgress(p, course.getId(), version.getNumber(), now)));
            complete = unitProgress(p, course, unit, now).isComplete();
            answers = journal.courseAnswers(slug, unit.getUnitKey());
        }
        List<CourseUnit> all = units.inVersion(version.getId());
        int index = all.indexOf(unit);
        List<UnitPage.Part> parts = unit.getParts().stream().map(CourseService::part).toList();
        return new UnitPage(course.getSlug(), version.getTitle(), version.getNumber(), unit.getUnitOrder(), unit.getTitle(),
            unit.getMinutes(), unit.getWeek(), all.size(), parts, answers, complete,
            index > 0 ? all.get(index - 1).getUnitOrder() : null,
            index < all.size() - 1 ? all.get(index + 1).getUnitOrder() : null, me.isPresent());
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
        requirePerson();
        if (answer != null && answer.length() > MAX_ANSWER) {
            throw new RuleViolation("courses.answer.tooLong", MAX_ANSWER);
        }
        Course course = published(slug);
        CourseUnit unit = unit(course.getCurrent(), order);
        UnitPart question = unit.getParts().stream()
            .filter(p -> p.getKind() == UnitPart.Kind.REFLECT && p.getQuestionId().equals(questionId))
            .findFirst().orElseThrow(() -> new NotFoundException("Question " + questionId));
        return journal.saveCourseAnswer(new CourseAnswer(slug, course.getCurrent().getNumber(), unit.getUnitKey(),
            unit.getTitle(), questionId, question.getPrompt(), answer));
    }

    /**
     * Marks a unit complete if every required question has an answer in my journal; completes the
     * course (recording version, date and hours, and announcing it) when it was the last unit.
     */
    @Transactional
    @PermitAll
    public UnitCompletion completeUnit(String slug, int order) {
        long me = requirePerson();
        Course course = published(slug);
        CourseVersion version = course.getCurrent();
        CourseUnit unit = unit(version, order);
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
        LocalDateTime now = LocalDateTime.now(clock);
        unitProgress(me, course, unit, now).complete(now);
        unitProgress.flush();
        Map<String, UnitProgress> progress = progressByUnit(me, course);
        boolean allDone = all.stream().allMatch(u -> status(progress.get(key(u.getUnitKey(), u.getFingerprint())))
            == LearnerStatus.COMPLETED);
        BigDecimal credited = null;
        if (allDone && completions.findByPersonIdAndCourseId(me, course.getId()).isEmpty()) {
            CourseCompletion completion = completions.save(new CourseCompletion(me, version, now.toLocalDate()));
            events.publishEvent(new CourseCompleted(me, slug, version.getNumber(), completion.getCpdHours(),
                completion.getCompletedOn()));
            credited = completion.getCpdHours();
        }
        return new UnitCompletion(List.of(), credited != null, credited, next);
    }

    private UnitProgress unitProgress(long person, Course course, CourseUnit unit, LocalDateTime now) {
        return unitProgress.findByPersonIdAndCourseIdAndUnitKeyAndFingerprint(person, course.getId(), unit.getUnitKey(),
                unit.getFingerprint())
            .orElseGet(() -> unitProgress.save(new UnitProgress(person, course.getId(), unit.getUnitKey(), unit.getFingerprint(),
                course.getCurrent().getNumber(), now)));
    }

    private Map<String, UnitProgress> progressByUnit(long person, Course course) {
        return unitProgress.findByPersonIdAndCourseId(person, course.getId()).stream()
            .collect(Collectors.toMap(p -> key(p.getUnitKey(), p.getFingerprint()), Function.identity()));
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

    private static UnitPage.Part part(UnitPart p) {
        return switch (p.getKind()) {
            case TEXT -> new UnitPage.Text(p.getHtml());
            case REFLECT -> new UnitPage.Reflect(p.getQuestionId(), p.getPrompt(), p.isOptional());
            case CHECK -> new UnitPage.Check(p.getQuestionId(), p.getPrompt(), p.getAnswers().stream()
                .map(a -> new UnitPage.Option(a.text(), a.correct(), a.why())).toList());
        };
    }

    private Course published(String slug) {
        return courses.findPublished(slug).orElseThrow(() -> new NotFoundException("Course " + slug));
    }

    private CourseUnit unit(CourseVersion version, int order) {
        return units.inVersion(version.getId(), order).orElseThrow(() -> new NotFoundException("Unit " + order));
    }

    private Optional<Long> person() {
        return Optional.ofNullable(currentUser.require().personId());
    }

    private long requirePerson() {
        return person().orElseThrow(() -> new RuleViolation("courses.noPerson"));
    }
}
