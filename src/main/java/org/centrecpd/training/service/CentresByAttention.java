package org.centrecpd.training.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.centrecpd.base.SearchText;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.Role;
import org.centrecpd.training.domain.CentreAttention;
import org.centrecpd.training.domain.CentreTotals;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where a manager or a partner starts in training: the centres in their scope, those needing attention first. */
@Service
@Transactional(readOnly = true)
public class CentresByAttention {

    private final AccessScope scope;
    private final CentreAttention centres;
    private final Clock clock;

    CentresByAttention(AccessScope scope, CentreAttention centres, Clock clock) {
        this.scope = scope;
        this.centres = centres;
        this.clock = clock;
    }

    /** Today's figures of the centres whose name contains {@code filter}, most overdue or expired first. */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<CentreTotals> page(String filter, Pageable page) {
        return centres.byAttention(scope.centres(), LocalDate.now(clock), SearchText.containing(filter), page);
    }

    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public long count(String filter) {
        return centres.count(scope.centres(), SearchText.containing(filter));
    }

    /** The caller's only centre, when they have exactly one in scope (a manager of one centre goes straight to it). */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public Optional<Long> onlyCentre() {
        List<CentreTotals> first = page("", PageRequest.of(0, 2));
        return first.size() == 1 ? Optional.of(first.getFirst().centreId()) : Optional.empty();
    }
}
