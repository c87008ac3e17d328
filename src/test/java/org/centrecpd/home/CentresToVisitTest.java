package org.centrecpd.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.Role;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.centrecpd.training.domain.CentreTotals;
import org.centrecpd.training.service.RollUp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The partner's centres by need (issue 33 §1): training past its date first, then renewals due; where those are equal,
 * never reviewed before the oldest review before a recent one; then by name. Figures come from the roll-up handed in,
 * last reviews from the reviews module; a centre with no staff (not in the roll-up) still appears, with no figures.
 */
@CentreTest
class CentresToVisitTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CentresToVisit toVisit;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void mostPastDateFirstThenRenewalsThenNeverReviewedThenTheOldestReview() {
        Fixture here = new Fixture(jdbc, "Visits");
        long reviewedLately = here.centre("A reviewed lately");
        long neverReviewed = here.centre("Z never reviewed");
        long reviewedLongAgo = here.centre("M reviewed long ago");
        long renewals = here.centre("R renewals due");
        long overdue = here.centre("O overdue");
        long empty = here.centre("E no staff");
        Fixture.Login partner = here.login("Val Visiting", Role.IMPROVEMENT_PARTNER, null, JobRole.IMPROVEMENT_PARTNER);
        here.oversee(partner.personId());
        long[] terms = new long[2];
        for (int i = 0; i < terms.length; i++) {
            jdbc.update("insert into review_term (local_authority_id, school_year, season, valid_from, valid_to) values (?, ?, 'AUTUMN', ?, ?)",
                here.authority, 2021 + i, Date.valueOf(LocalDate.of(2021 + i, 9, 1)), Date.valueOf(LocalDate.of(2021 + i, 12, 31)));
            terms[i] = jdbc.queryForObject("select id from review_term where local_authority_id = ? and school_year = ?", Long.class,
                here.authority, 2021 + i);
        }
        review(reviewedLately, terms[1], partner, LocalDate.of(2022, 11, 5));
        review(reviewedLongAgo, terms[0], partner, LocalDate.of(2021, 10, 1));
        review(overdue, terms[1], partner, LocalDate.of(2022, 11, 6));
        review(renewals, terms[1], partner, LocalDate.of(2022, 11, 7));
        RollUp today = new RollUp(LocalDate.of(2026, 12, 7), List.of(
            totals(here, reviewedLately, 0, 0, 0), totals(here, neverReviewed, 0, 0, 0), totals(here, reviewedLongAgo, 0, 0, 0),
            totals(here, renewals, 0, 2, 0), totals(here, overdue, 1, 5, 2)));

        Fixture.signIn(partner);
        var lines = toVisit.first(today, 10);
        assertThat(lines).extracting(CentresToVisit.Line::centreId)
            .containsExactly(overdue, renewals, empty, neverReviewed, reviewedLongAgo, reviewedLately);
        assertThat(lines.get(0).pastDate()).as("overdue and expired together").isEqualTo(3);
        assertThat(lines.get(1).renewalDue()).isEqualTo(2);
        assertThat(lines.get(2).pastDate()).as("no staff: no figures").isZero();
        assertThat(lines.get(3).lastReview()).isNull();
        assertThat(lines.get(4).lastReview()).isEqualTo(LocalDate.of(2021, 10, 1));
        assertThat(toVisit.first(today, 2)).extracting(CentresToVisit.Line::centreId).containsExactly(overdue, renewals);
    }

    private static CentreTotals totals(Fixture here, long centre, long overdue, long renewalDue, long expired) {
        return new CentreTotals(here.authority, "LA", null, null, null, null, centre, "centre " + centre, 3, 10, 5, overdue, renewalDue,
            expired);
    }

    private void review(long centre, long term, Fixture.Login partner, LocalDate visit) {
        jdbc.update("""
            insert into review (centre_id, term_id, status, partner_account_id, partner_name, visit_date, created_at, signed_off_at, snapshot)
            values (?, ?, 'SIGNED_OFF', ?, ?, ?, ?, ?, '{}')""", centre, term, partner.accountId(), partner.name(), Date.valueOf(visit),
            Timestamp.valueOf("2021-09-01 09:00:00"), Timestamp.valueOf(visit.atTime(15, 0)));
    }
}
