package org.centrecpd.privacy.domain;

import java.util.Optional;
import org.centrecpd.base.ScopedData;
import org.springframework.data.jpa.repository.JpaRepository;

@ScopedData
public interface LegalHoldRepository extends JpaRepository<LegalHold, Long> {

    Optional<LegalHold> findByPersonId(long personId);
}
