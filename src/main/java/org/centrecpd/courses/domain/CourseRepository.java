package org.centrecpd.courses.domain;

import java.util.List;
import java.util.Optional;
import org.centrecpd.base.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface CourseRepository extends JpaRepository<Course, Long>, JpaSpecificationExecutor<Course> {

    Optional<Course> findBySlug(String slug);

    /** The course with its current version, for pages that show both. */
    @Query("select c from Course c join fetch c.current where c.slug = :slug")
    Optional<Course> findPublished(String slug);

    /** As {@link #findPublished}; a slug that is not published answers "not found". */
    default Course published(String slug) {
        return findPublished(slug).orElseThrow(() -> new NotFoundException("Course " + slug));
    }

    @Query("select c from Course c join fetch c.current v order by v.title")
    List<Course> findAllPublished();

    /** The courses a person has started and not completed, with their current version; last opened first. */
    @Query("""
        select c from CourseProgress p join Course c on c.id = p.courseId join fetch c.current
        where p.personId = :personId
          and not exists (select 1 from CourseCompletion done where done.courseId = c.id and done.personId = :personId)
        order by p.lastOpenedAt desc, c.id""")
    List<Course> startedNotCompletedBy(long personId);
}
