package org.centrecpd.courses.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface CourseRepository extends JpaRepository<Course, Long>, JpaSpecificationExecutor<Course> {

    Optional<Course> findBySlug(String slug);

    /** The course with its current version, for pages that show both. */
    @Query("select c from Course c join fetch c.current where c.slug = :slug")
    Optional<Course> findPublished(String slug);

    @Query("select c from Course c join fetch c.current v order by v.title")
    List<Course> findAllPublished();
}
