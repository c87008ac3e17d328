package org.centrecpd.casestudies.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.casestudies.domain.Place;
import org.centrecpd.organisation.CentreOverview;
import org.centrecpd.organisation.service.CentreService;
import org.springframework.stereotype.Component;

/**
 * Where and when a piece of practice happened: a year from 1998 to this one, and each centre placed in its
 * local authority, provider and group as they were then (a later recommissioning does not rewrite it).
 */
@Component
class PlacesOfPractice {

    /** The first year of Sure Start local programmes, the centres' forerunners. */
    static final int FIRST_YEAR = 1998;

    private final CentreService centres;
    private final Clock clock;

    PlacesOfPractice(CentreService centres, Clock clock) {
        this.centres = centres;
        this.clock = clock;
    }

    /** The centres as they were in {@code year}; refused for a year before 1998 or after this one. */
    List<Place> of(Collection<Long> centreIds, int year) {
        LocalDate today = LocalDate.now(clock);
        if (year < FIRST_YEAR || year > today.getYear()) {
            throw new RuleViolation("casestudies.year.invalid", today.getYear());
        }
        // The organisation as it was when the practice happened (mid-year, or today for this year).
        LocalDate asAt = year == today.getYear() ? today : LocalDate.of(year, 7, 1);
        List<Place> places = new ArrayList<>();
        for (long centreId : centreIds) {
            CentreOverview centre = centres.overview(centreId); // "not found" outside the author's scope
            var then = centres.arrangementOn(centreId, asAt);
            places.add(new Place(centre.localAuthority(), then.map(a -> a.provider()).orElse(centre.provider()),
                then.map(a -> a.group()).orElse(centre.group())));
        }
        return places;
    }
}
