package org.centrecpd.reviews.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.Period;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.reviews.Season;
import org.centrecpd.reviews.domain.AuthorityChoice;
import org.centrecpd.reviews.domain.ReviewFrequency;
import org.centrecpd.reviews.domain.ReviewFrequencyRepository;
import org.centrecpd.reviews.domain.ReviewTerm;
import org.centrecpd.reviews.domain.ReviewTermRepository;
import org.centrecpd.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each authority's terms and how often it reviews its centres. A school year's terms are stored the first time
 * anyone needs them, with the English defaults ({@link Season}); an admin changes an authority's dates and
 * frequency. Term dates name no one, so they are not scoped.
 */
@Service
@Transactional(readOnly = true)
public class TermCalendar {

    private final ReviewTermRepository terms;
    private final ReviewFrequencyRepository frequencies;

    TermCalendar(ReviewTermRepository terms, ReviewFrequencyRepository frequencies) {
        this.terms = terms;
        this.frequencies = frequencies;
    }

    /**
     * Stores the default terms of the school year, and of the one before (a pack compares with the previous
     * term), for every authority that has none yet: one statement when all are there (the usual case), else
     * seven, whatever the number of authorities.
     */
    @Transactional
    public void ensureDefaults(int schoolYear) {
        if (terms.complete(schoolYear - 1, schoolYear)) {
            return;
        }
        for (int year = schoolYear - 1; year <= schoolYear; year++) {
            for (Season season : Season.values()) {
                terms.addDefaults(year, season.name(), season.defaultStart(year), season.defaultEnd(year));
            }
        }
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuthorityChoice> authorities() {
        return terms.authorities();
    }

    /** The authority's three terms of the school year, in order. */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public List<ReviewTerm> termsOf(long authorityId, int schoolYear) {
        ensureDefaults(schoolYear);
        return terms.ofYear(authorityId, schoolYear);
    }

    /**
     * Changes the authority's term dates for the school year ({@code lastDays}: each term's first and last day).
     * Terms follow one another without overlapping.
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void changeTerms(long authorityId, int schoolYear, Map<Season, LocalDate[]> firstAndLastDays) {
        List<ReviewTerm> year = termsOf(authorityId, schoolYear);
        if (year.isEmpty()) {
            throw new NotFoundException("Authority " + authorityId);
        }
        LocalDate previousEnd = null;
        for (Season season : Season.values()) {
            LocalDate[] days = firstAndLastDays.get(season);
            if (days == null || days[0] == null || days[1] == null) {
                throw new RuleViolation("reviews.terms.missing");
            }
            if (days[1].isBefore(days[0])) {
                throw new RuleViolation("reviews.terms.endsBeforeStart");
            }
            if (previousEnd != null && days[0].isBefore(previousEnd)) {
                throw new RuleViolation("reviews.terms.overlap");
            }
            previousEnd = days[1].plusDays(1);
        }
        for (ReviewTerm term : year) {
            LocalDate[] days = firstAndLastDays.get(term.getSeason());
            term.moveTo(new Period(days[0], days[1].plusDays(1)));
        }
    }

    /** How many reviews a year the authority makes of each centre (3 when not set). */
    public int frequencyOf(long authorityId) {
        return frequencies.findByLocalAuthorityId(authorityId).map(ReviewFrequency::getReviewsPerYear).orElse(3);
    }

    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void changeFrequency(long authorityId, int reviewsPerYear) {
        frequencies.findByLocalAuthorityId(authorityId).ifPresentOrElse(f -> f.change(reviewsPerYear),
            () -> frequencies.save(new ReviewFrequency(authorityId, reviewsPerYear)));
    }
}
