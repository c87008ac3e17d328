package org.centrecpd.casestudies;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.centrecpd.casestudies.domain.CentreCaseStudyRepository;
import org.centrecpd.casestudies.domain.CaseStudyStatus;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the termly review's pack needs from case studies, for a centre in scope: the case studies about it
 * begun or published in a term, with their review state, and per core-purpose area how many it had published
 * by the term's end. Titles and states only (the pack is read by the centre's managers too); the case study
 * itself stays behind its own visibility rule. Two statements.
 */
@Service
@Transactional(readOnly = true)
public class CaseStudyFigures {

    private final AccessScope scope;
    private final CentreCaseStudyRepository caseStudies;

    CaseStudyFigures(AccessScope scope, CentreCaseStudyRepository caseStudies) {
        this.scope = scope;
        this.caseStudies = caseStudies;
    }

    /** Case studies about the centre begun or published from {@code from} until {@code to} (exclusive), oldest first. */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<CentreCaseStudy> inTerm(long centreId, LocalDate from, LocalDate to) {
        scope.requireCentre(centreId, to.minusDays(1));
        return caseStudies.ofCentreBetween(centreId, from.atStartOfDay(), to.atStartOfDay()).stream()
            .map(c -> new CentreCaseStudy(c.getId(), c.getTitle(), c.getStatus().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                c.getCreatedAt().toLocalDate(), c.getPublishedAt() == null ? null : c.getPublishedAt().toLocalDate()))
            .toList();
    }

    /** Per area, the centre's case studies published before {@code to} and published still; every area present. */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public Map<CorePurposeArea, Long> publishedByArea(long centreId, LocalDate to) {
        scope.requireCentre(centreId, to.minusDays(1));
        Map<CorePurposeArea, Long> counts = new EnumMap<>(CorePurposeArea.class);
        for (CorePurposeArea area : CorePurposeArea.values()) {
            counts.put(area, 0L);
        }
        caseStudies.publishedByArea(centreId, to.atStartOfDay(), CaseStudyStatus.PUBLISHED)
            .forEach(row -> counts.put(row.area(), row.count()));
        return counts;
    }
}
