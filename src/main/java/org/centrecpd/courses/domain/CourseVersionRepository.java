package org.centrecpd.courses.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseVersionRepository extends JpaRepository<CourseVersion, Long> {
}
