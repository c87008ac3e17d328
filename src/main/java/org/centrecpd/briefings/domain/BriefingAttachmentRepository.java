package org.centrecpd.briefings.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** A briefing's documents; who may have them is the briefing's reading rule (briefings.service.BriefingReading). */
public interface BriefingAttachmentRepository extends JpaRepository<BriefingAttachment, Long> {

    List<BriefingAttachment> findByBriefingIdOrderById(long briefingId);
}
