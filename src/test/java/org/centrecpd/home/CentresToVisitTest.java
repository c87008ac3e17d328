package org.centrecpd.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.Role;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The partner's next visits (issue 33 §2): centres never reviewed first, then the one whose last signed-off review is
 * oldest; a draft is not a review, and an amendment's centre counts by its latest day.
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
    void neverReviewedComeFirstThenTheOldestReview() {
        Fixture here = new Fixture(jdbc, "Visits");
        long recent = here.centre("Recent");
        long never = here.centre("Never");
        long old = here.centre("Old");
        long draftOnly = here.centre("Draft only");
        long middle = here.centre("Middle");
        Fixture.Login partner = here.login("Val Visiting", Role.IMPROVEMENT_PARTNER, null, JobRole.IMPROVEMENT_PARTNER);
        here.oversee(partner.personId());
        long[] terms = new long[4];
        for (int i = 0; i < terms.length; i++) {
            jdbc.update("insert into review_term (local_authority_id, school_year, season, valid_from, valid_to) values (?, ?, 'AUTUMN', ?, ?)",
                here.authority, 2021 + i, Date.valueOf(LocalDate.of(2021 + i, 9, 1)), Date.valueOf(LocalDate.of(2021 + i, 12, 31)));
            terms[i] = jdbc.queryForObject("select id from review_term where local_authority_id = ? and school_year = ?", Long.class,
                here.authority, 2021 + i);
        }
        review(recent, terms[3], partner, "SIGNED_OFF", LocalDate.of(2024, 11, 5));
        review(old, terms[0], partner, "SIGNED_OFF", LocalDate.of(2021, 10, 1));
        review(middle, terms[1], partner, "SIGNED_OFF", null); // no visit day recorded: the sign-off's day counts
        review(draftOnly, terms[3], partner, "DRAFT", LocalDate.of(2024, 10, 1));

        Fixture.signIn(partner);
        var lines = toVisit.first(10);
        assertThat(lines).extracting(CentresToVisit.Line::centreId).containsExactly(draftOnly, never, old, middle, recent);
        assertThat(lines.get(0).lastReview()).as("a draft is not a review").isNull();
        assertThat(lines.get(2).lastReview()).isEqualTo(LocalDate.of(2021, 10, 1));
        assertThat(lines.get(3).lastReview()).isEqualTo(LocalDate.of(2022, 12, 1));
        assertThat(toVisit.first(2)).extracting(CentresToVisit.Line::centreId).containsExactly(draftOnly, never);
    }

    private void review(long centre, long term, Fixture.Login partner, String status, LocalDate visit) {
        boolean signed = !status.equals("DRAFT");
        jdbc.update("""
            insert into review (centre_id, term_id, status, partner_account_id, partner_name, visit_date, created_at, signed_off_at, snapshot)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", centre, term, status, partner.accountId(), partner.name(),
            visit == null ? null : Date.valueOf(visit), Timestamp.valueOf("2021-09-01 09:00:00"),
            signed ? Timestamp.valueOf(visit == null ? "2022-12-01 10:00:00" : visit.atTime(15, 0).toString().replace('T', ' ') + ":00") : null,
            signed ? "{}" : null);
    }
}
