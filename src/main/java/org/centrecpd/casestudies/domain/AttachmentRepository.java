package org.centrecpd.casestudies.domain;

import org.centrecpd.base.ScopedData;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Attachments; read for download only after their case study was found visible. */
@ScopedData
public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    /** The name of a document of this case study with this content, if it has one. */
    @Query("select min(a.fileName) from Attachment a where a.caseStudy.id = :caseStudy and a.sha256 = :sha256")
    java.util.Optional<String> fileNameWithContent(@org.springframework.data.repository.query.Param("caseStudy") long caseStudy,
                                                   @org.springframework.data.repository.query.Param("sha256") String sha256);

    /** Does any document refer to this stored file (files are shared by content)? */
    boolean existsBySha256(String sha256);

    @Query("select a.fileName from Attachment a where a.id = :attachment and a.caseStudy.id = :caseStudy")
    java.util.Optional<String> fileNameIn(@org.springframework.data.repository.query.Param("caseStudy") long caseStudy,
                                          @org.springframework.data.repository.query.Param("attachment") long attachment);

    /**
     * Takes a document off its case study, without the version check: the workers reading it may have
     * moved its status on meanwhile, and it goes all the same (they leave a document that is gone alone).
     */
    @org.springframework.data.jpa.repository.Modifying
    @Query("delete from Attachment a where a.id = :attachment and a.caseStudy.id = :caseStudy")
    int deleteFrom(@org.springframework.data.repository.query.Param("caseStudy") long caseStudy,
                   @org.springframework.data.repository.query.Param("attachment") long attachment);
}
