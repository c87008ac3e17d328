package org.centrecpd.courses.domain;

import org.centrecpd.base.ScopedData;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

@ScopedData
public interface UnitProgressRepository extends JpaRepository<UnitProgress, Long> {

    List<UnitProgress> findByPersonIdAndCourseId(long personId, long courseId);

    Optional<UnitProgress> findByPersonIdAndCourseIdAndUnitKeyAndFingerprint(long personId, long courseId, String unitKey,
                                                                            String fingerprint);

    /** Starts a re-take: every unit of the course is to be completed again (when each was opened stays). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UnitProgress u set u.completedAt = null where u.personId = :personId and u.courseId = :courseId")
    int reopenAll(long personId, long courseId);
}
