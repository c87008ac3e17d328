package org.centrecpd.courses.domain;

import org.centrecpd.base.ScopedData;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

@ScopedData
public interface UnitProgressRepository extends JpaRepository<UnitProgress, Long> {

    List<UnitProgress> findByPersonIdAndCourseId(long personId, long courseId);

    Optional<UnitProgress> findByPersonIdAndCourseIdAndUnitKeyAndFingerprint(long personId, long courseId, String unitKey,
                                                                            String fingerprint);
}
