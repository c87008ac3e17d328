package org.centrecpd.courses.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
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
}
