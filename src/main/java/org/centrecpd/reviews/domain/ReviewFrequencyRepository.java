package org.centrecpd.reviews.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** How often each authority reviews its centres. */
public interface ReviewFrequencyRepository extends JpaRepository<ReviewFrequency, Long> {

    Optional<ReviewFrequency> findByLocalAuthorityId(long localAuthorityId);
}
