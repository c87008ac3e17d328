package org.centrecpd.workshops.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.Role;
import org.centrecpd.workshops.WorkshopFigures;
import org.centrecpd.workshops.domain.Attendance;
import org.centrecpd.workshops.domain.BookingStatus;
import org.centrecpd.workshops.domain.TermWorkshopsRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Workshop figures of a centre in scope for a stretch of days (the termly review reads them here). */
@Service
@Transactional(readOnly = true)
public class TermWorkshops {

    private final AccessScope scope;
    private final TermWorkshopsRepository figures;

    TermWorkshops(AccessScope scope, TermWorkshopsRepository figures) {
        this.scope = scope;
        this.figures = figures;
    }

    /** Sessions the centre held from {@code from} until {@code to} (exclusive), with their bookings and register. */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public WorkshopFigures figures(long centreId, LocalDate from, LocalDate to) {
        scope.requireCentre(centreId, to.minusDays(1));
        return figures.figures(centreId, from.atStartOfDay(), to.atStartOfDay(), BookingStatus.BOOKED, Attendance.ATTENDED,
            Attendance.ABSENT);
    }
}
