package org.centrecpd.training.domain;

import org.centrecpd.training.domain.CentreTotals;
import java.time.LocalDate;

/** {@link CentreTotals} as at one of the days of a trend. */
public record DatedCentreTotals(LocalDate day, Long localAuthorityId, String localAuthority, Long providerId, String provider,
                                Long groupId, String group, long centreId, String centre, long staff, long assigned,
                                long completed, long overdue, long renewalDue, long expired) {

    public CentreTotals totals() {
        return new CentreTotals(localAuthorityId, localAuthority, providerId, provider, groupId, group, centreId, centre, staff,
            assigned, completed, overdue, renewalDue, expired);
    }
}
