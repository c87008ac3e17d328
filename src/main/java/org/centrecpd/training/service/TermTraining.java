package org.centrecpd.training.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.Role;
import org.centrecpd.training.CourseFigures;
import org.centrecpd.training.domain.TermTrainingRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training figures as at a day for the termly review (reviews reads them here, never training's tables): a
 * centre in scope per course and kind, and a local authority's totals. The authority's totals are an average
 * to compare with, counts only, so they are not restricted to the reader's centres.
 */
@Service
@Transactional(readOnly = true)
public class TermTraining {

    private final AccessScope scope;
    private final TermTrainingRepository figures;

    TermTraining(AccessScope scope, TermTrainingRepository figures) {
        this.scope = scope;
        this.figures = figures;
    }

    /** The centre's staff on {@code day} and their assignments in force then, per course and kind (required first). */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<CourseFigures> byCourse(long centreId, LocalDate day) {
        scope.requireCentre(centreId, day);
        return figures.byCourse(centreId, day);
    }

    /** Every assignment in force on {@code day} of everyone then working in the authority, added up. */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public CourseFigures authority(long authorityId, LocalDate day) {
        return figures.authority(authorityId, day);
    }
}
