package org.centrecpd.courses.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CourseUnitRepository extends JpaRepository<CourseUnit, Long> {

    @Query("select u from CourseUnit u where u.courseVersion.id = :versionId order by u.unitOrder")
    List<CourseUnit> inVersion(long versionId);

    @Query("select u from CourseUnit u where u.courseVersion.id = :versionId and u.unitOrder = :order")
    Optional<CourseUnit> inVersion(long versionId, int order);

}
