package org.centrecpd.courses.service;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.centrecpd.base.SearchText;
import org.centrecpd.courses.domain.Course;
import org.centrecpd.courses.domain.CourseCompletion;
import org.centrecpd.courses.domain.CourseRepository;
import org.centrecpd.courses.domain.CourseUnit;
import org.centrecpd.courses.domain.CourseUnitRepository;
import org.centrecpd.courses.domain.CourseVersion;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "What can I take?": the catalogue and a course's page, each showing where the signed-in learner
 * is with it. Every signed-in role may browse; nothing here records anything.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    private final CourseRepository courses;
    private final CourseUnitRepository units;
    private final LearnerProgress progress;

    CatalogueService(CourseRepository courses, CourseUnitRepository units, LearnerProgress progress) {
        this.courses = courses;
        this.units = units;
        this.progress = progress;
    }

    /** Published courses matching the filter, by title; the filtering happens in the database. */
    @PermitAll
    public List<CourseCard> catalogue(CatalogueFilter filter) {
        List<Course> found = courses.findAll(matching(filter));
        Function<Long, LearnerStatus> status = progress.courseStatuses();
        return found.stream().map(c -> {
            CourseVersion v = c.getCurrent();
            return new CourseCard(c.getSlug(), v.getTitle(), v.getKind(), v.getSummary(), v.getCpdHours(), v.getUnitCount(),
                status.apply(c.getId()));
        }).toList();
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

    /** A course's page: what it is, its units with my status, where to resume, and whether it changed under me. */
    @PermitAll
    public CoursePage course(String slug) {
        Course course = courses.published(slug);
        CourseVersion version = course.getCurrent();
        Function<CourseUnit, LearnerStatus> status = progress.unitStatuses(course);
        List<CourseUnit> all = units.inVersion(version.getId());
        // Units that wait for attendance say so in the list, for a learner who has not attended yet.
        boolean waiting = all.stream().anyMatch(CourseUnit::isRequiresAttendance)
            && progress.person().isPresent() && !progress.attended(course);
        List<CoursePage.UnitRow> rows = all.stream().map(u -> new CoursePage.UnitRow(
            u.getUnitOrder(), u.getTitle(), u.getMinutes(), u.getWeek(), status.apply(u),
            waiting && u.isRequiresAttendance(), u.isBeforeBooking())).toList();
        Integer resume = rows.stream().filter(r -> r.status() != LearnerStatus.COMPLETED).findFirst()
            .map(CoursePage.UnitRow::order).orElse(null);
        Optional<CourseCompletion> completion = progress.completion(course);
        Integer updatedFrom = progress.followingVersion(course)
            .filter(n -> n < version.getNumber() && completion.isEmpty()).orElse(null);
        return new CoursePage(course.getSlug(), version.getTitle(), version.getKind(), version.getSummary(),
            version.getCpdHours(), version.getNumber(), version.getVersionNotes(),
            version.getAudience().stream().sorted().toList(), version.getCorePurpose().stream().sorted().toList(), rows,
            resume, updatedFrom, completion.map(CourseCompletion::getCompletedOn).orElse(null),
            completion.map(CourseCompletion::getVersionNumber).orElse(null), progress.person().isPresent());
    }
}
