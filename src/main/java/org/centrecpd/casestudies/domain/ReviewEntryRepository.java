package org.centrecpd.casestudies.domain;

import java.util.List;
import org.centrecpd.base.ScopedData;
import org.springframework.data.jpa.repository.JpaRepository;

@ScopedData
public interface ReviewEntryRepository extends JpaRepository<ReviewEntry, Long> {

    List<ReviewEntry> findByCaseStudyIdOrderByAtAsc(long caseStudyId);
}
