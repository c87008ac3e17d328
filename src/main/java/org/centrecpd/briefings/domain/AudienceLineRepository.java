package org.centrecpd.briefings.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The audience lines of briefings. */
public interface AudienceLineRepository extends JpaRepository<AudienceLine, Long> {

    @Modifying
    @Query("delete from AudienceLine a where a.briefingId = :id")
    void clear(@Param("id") long briefingId);
}
