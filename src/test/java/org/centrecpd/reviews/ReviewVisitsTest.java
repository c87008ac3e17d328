package org.centrecpd.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.centrecpd.base.calendar.CalendarEntry;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture.TwoCentres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whose calendar a termly review visit reaches: the partner who makes it and the manager of the centre visited, not the
 * manager of the centre next door; a visit more than a year back is gone.
 */
@CentreTest
class ReviewVisitsTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReviewVisits visits;

    @Test
    void aVisitReachesThePartnerAndTheManagerOfTheCentreVisited() {
        TwoCentres org = new TwoCentres(jdbc);
        jdbc.update("insert into review_term (local_authority_id, school_year, season, valid_from, valid_to) values (?, 2026, 'SPRING', ?, ?)",
            org.authority, Date.valueOf(LocalDate.of(2027, 1, 1)), Date.valueOf(LocalDate.of(2027, 4, 30)));
        long term = jdbc.queryForObject("select id from review_term where local_authority_id = ? and season = 'SPRING'", Long.class,
            org.authority);
        jdbc.update("""
            insert into review (centre_id, term_id, status, partner_account_id, partner_name, visit_date, created_at)
            values (?, ?, 'DRAFT', ?, ?, ?, ?)""", org.hill, term, org.partner.accountId(), org.partner.name(),
            Date.valueOf(LocalDate.of(2027, 3, 10)), Timestamp.valueOf("2027-02-01 09:00:00"));

        assertThat(visits.entriesOf(org.partner.personId(), TODAY)).extracting(CalendarEntry::firstDay)
            .containsExactly(LocalDate.of(2027, 3, 10));
        assertThat(visits.entriesOf(org.hillManager.personId(), TODAY)).singleElement()
            .satisfies(visit -> assertThat(visit.summary()).contains("Hill"));
        assertThat(visits.entriesOf(org.valeManager.personId(), TODAY)).isEmpty();
        assertThat(visits.entriesOf(org.hillManager.personId(), LocalDate.of(2028, 3, 11))).isEmpty();
    }
}
