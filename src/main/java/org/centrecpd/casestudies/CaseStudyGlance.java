package org.centrecpd.casestudies;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.centrecpd.casestudies.domain.CaseStudy;
import org.centrecpd.casestudies.domain.ExtractionStatus;
import org.centrecpd.casestudies.service.CaseStudyReading;
import org.centrecpd.security.Role;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case studies at a glance, for a home page: how many are in review for the signed-in partner (within their
 * oversight, as the case-studies page lists them), and for an admin whether the search index is whole and how many
 * documents could not be read for searching.
 */
@Service
@Transactional(readOnly = true)
public class CaseStudyGlance {

    /** Case studies in the database and in the index, and documents whose text could not be extracted. */
    public record Health(long caseStudies, long indexed, long extractionFailures) {

        /** Every case study has its entry; a difference means a rebuild is due (the case-studies page offers it). */
        public boolean indexWhole() {
            return caseStudies == indexed;
        }
    }

    private final CaseStudyReading reading;
    @PersistenceContext
    private EntityManager entityManager;

    CaseStudyGlance(CaseStudyReading reading) {
        this.reading = reading;
    }

    /** Drafts and reviews in progress that I wrote or review: one statement. */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME})
    public int inReview() {
        return reading.mine().inProgress().size();
    }

    /** Two counting statements and one count of the index (no SQL). */
    @RolesAllowed(Role.ADMIN_NAME)
    public Health health() {
        long caseStudies = entityManager.createQuery("select count(c) from CaseStudy c", Long.class).getSingleResult();
        long failures = entityManager.createQuery("select count(a) from Attachment a where a.status = :failed", Long.class)
            .setParameter("failed", ExtractionStatus.FAILED).getSingleResult();
        long indexed = Search.session(entityManager).search(CaseStudy.class).where(f -> f.matchAll()).fetchTotalHitCount();
        return new Health(caseStudies, indexed, failures);
    }
}
