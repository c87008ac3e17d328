package org.centrecpd.briefings.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Earlier wordings of briefings. */
public interface BriefingRevisionRepository extends JpaRepository<BriefingRevision, Long> {
}
