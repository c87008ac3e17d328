package org.centrecpd.casestudies.domain;

import java.util.List;
import org.centrecpd.base.ScopedData;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Attachments; read for download only after their case study was found visible. */
@ScopedData
public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    /** Left queued or half-read when the server stopped: read them again. */
    @Query("select a.id from Attachment a where a.status in (org.centrecpd.casestudies.domain.ExtractionStatus.QUEUED, "
        + "org.centrecpd.casestudies.domain.ExtractionStatus.EXTRACTING)")
    List<Long> unfinished();
}
