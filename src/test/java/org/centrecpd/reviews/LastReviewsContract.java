package org.centrecpd.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.Role;
import org.centrecpd.support.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the reviews module publishes about each centre's last review ({@link LastReviews}), on H2 and PostgreSQL: every
 * centre in the asker's scope, never-reviewed ones with no day; a draft is not a review; an amended review still
 * counts; a review without a visit day counts on its sign-off's day; a centre outside the scope is not named.
 */
abstract class LastReviewsContract {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LastReviews lastReviews;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyCentreInScopeWithTheDayOfItsLastSignedOffReview() {
        Fixture here = new Fixture(jdbc, "Last reviews");
        long recent = here.centre("Recent");
        long never = here.centre("Never");
        long draftOnly = here.centre("Draft only");
        long noVisitDay = here.centre("No visit day");
        long amended = here.centre("Amended");
        Fixture.Login partner = here.login("Lena Lastreview", Role.IMPROVEMENT_PARTNER, null, JobRole.IMPROVEMENT_PARTNER);
        here.oversee(partner.personId());
        Fixture elsewhere = new Fixture(jdbc, "Not overseen");
        long outside = elsewhere.centre("Outside");
        long[] terms = terms(here, 3);
        review(recent, terms[0], partner, "SIGNED_OFF", LocalDate.of(2021, 10, 4));
        review(recent, terms[2], partner, "SIGNED_OFF", LocalDate.of(2023, 11, 5));
        review(draftOnly, terms[2], partner, "DRAFT", LocalDate.of(2023, 10, 1));
        review(noVisitDay, terms[1], partner, "SIGNED_OFF", null);
        review(amended, terms[1], partner, "AMENDED", LocalDate.of(2022, 10, 20));
        long[] otherTerms = terms(elsewhere, 1);
        review(outside, otherTerms[0], partner, "SIGNED_OFF", LocalDate.of(2021, 10, 1));

        Fixture.signIn(partner);
        var lines = lastReviews.inScope();
        assertThat(lines).extracting(LastReviews.LastReview::centreId)
            .containsExactly(recent, never, draftOnly, noVisitDay, amended);
        assertThat(lines).extracting(LastReviews.LastReview::day).containsExactly(LocalDate.of(2023, 11, 5), null, null,
            LocalDate.of(2022, 12, 1), LocalDate.of(2022, 10, 20));
        assertThat(lines.get(1).never()).isTrue();
        assertThat(lines.get(1).centre()).startsWith("Never ");
    }

    private long[] terms(Fixture fixture, int count) {
        long[] terms = new long[count];
        for (int i = 0; i < count; i++) {
            jdbc.update("insert into review_term (local_authority_id, school_year, season, valid_from, valid_to) values (?, ?, 'AUTUMN', ?, ?)",
                fixture.authority, 2021 + i, Date.valueOf(LocalDate.of(2021 + i, 9, 1)), Date.valueOf(LocalDate.of(2021 + i, 12, 31)));
            terms[i] = jdbc.queryForObject("select id from review_term where local_authority_id = ? and school_year = ?", Long.class,
                fixture.authority, 2021 + i);
        }
        return terms;
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
