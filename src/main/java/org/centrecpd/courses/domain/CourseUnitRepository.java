package org.centrecpd.courses.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CourseUnitRepository extends JpaRepository<CourseUnit, Long> {

    @Query("select u from CourseUnit u where u.courseVersion.id = :versionId order by u.unitOrder")
    List<CourseUnit> inVersion(long versionId);

    @Query("select u from CourseUnit u where u.courseVersion.id = :versionId and u.unitOrder = :order")
    Optional<CourseUnit> inVersion(long versionId, int order);

    /**
     * The units of every published course (its current version) whose course or unit title contains
     * {@code pattern} (a lower-case {@code like} pattern, escaped with a backslash), by course title then unit order.
     */
    @Query("""
        select new org.centrecpd.courses.domain.PublishedUnit(c.slug, v.title, u.unitKey, u.title)
        from Course c join c.current v, CourseUnit u
        where u.courseVersion = v
          and (lower(v.title) like :pattern escape '\\' or lower(u.title) like :pattern escape '\\')
        order by v.title, c.slug, u.unitOrder""")
    List<PublishedUnit> publishedMatching(@Param("pattern") String pattern, Pageable page);

    /** One unit of a published course's current version, by course slug and unit key. */
    @Query("""
        select new org.centrecpd.courses.domain.PublishedUnit(c.slug, v.title, u.unitKey, u.title)
        from Course c join c.current v, CourseUnit u
        where u.courseVersion = v and c.slug = :slug and u.unitKey = :unitKey""")
    Optional<PublishedUnit> published(@Param("slug") String slug, @Param("unitKey") String unitKey);

    /**
     * The units of the published course's current version marked to be done before booking a session, which the
     * person has not completed in their present content (their fingerprint), in course order.
     */
    @Query("""
        select new org.centrecpd.courses.PreWorkUnit(c.slug, u.unitOrder, u.title)
        from Course c join c.current v, CourseUnit u
        where u.courseVersion = v and c.slug = :slug and u.beforeBooking = true
          and not exists (select 1 from UnitProgress p where p.personId = :personId and p.courseId = c.id
                          and p.unitKey = u.unitKey and p.fingerprint = u.fingerprint and p.completedAt is not null)
        order by u.unitOrder""")
    List<org.centrecpd.courses.PreWorkUnit> preWorkMissing(@Param("slug") String slug, @Param("personId") long personId);

    /**
     * Marks reflective questions of one stored unit as asking about a family. Returns how many were not
     * marked yet: versions stored before the mark was kept (migration V17) lack it although their files
     * have it.
     */
    @Modifying
    @Query("""
        update UnitPart p set p.aboutFamily = true
        where p.kind = org.centrecpd.courses.domain.UnitPart.Kind.REFLECT and p.aboutFamily = false
          and p.questionId in :questionIds
          and p.unit.id in (select u.id from CourseUnit u where u.courseVersion.id = :versionId and u.unitKey = :unitKey)""")
    int markAboutFamily(long versionId, String unitKey, Collection<String> questionIds);
}
