package org.centrecpd.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.Role;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A partner lands on their centres by need (issue 33 §1), not alphabetically: the centre with overdue training first,
 * then, among centres with the same figures, the one never reviewed before the one reviewed lately.
 */
@CentreTest
class PartnerHomeOrderTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void partnersHomeListsCentresByNeed() {
        Fixture here = new Fixture(jdbc, "Need");
        long lately = here.centre("Acorn reviewed lately");
        long never = here.centre("Willow never reviewed");
        long behind = here.centre("Yew behind");
        for (long centre : new long[] {lately, never, behind}) {
            here.employ(here.person("Staff of " + centre + " " + here.authority), centre, JobRole.FAMILY_SUPPORT_WORKER, Fixture.SINCE, null);
        }
        long late = jdbc.queryForObject("select min(person_id) from employment where centre_id = ?", Long.class, behind);
        jdbc.update("""
            insert into assignment (person_id, course_id, due_on, required, assigned_on)
            values (?, ?, date '2020-06-01', true, date '2020-01-01')""", late, here.course("core-purpose"));
        Fixture.Login partner = here.login("Nia Needful", Role.IMPROVEMENT_PARTNER, null, JobRole.IMPROVEMENT_PARTNER);
        here.oversee(partner.personId());
        jdbc.update("insert into review_term (local_authority_id, school_year, season, valid_from, valid_to) values (?, 2025, 'AUTUMN', ?, ?)",
            here.authority, Date.valueOf(LocalDate.of(2025, 9, 1)), Date.valueOf(LocalDate.of(2025, 12, 31)));
        long term = jdbc.queryForObject("select id from review_term where local_authority_id = ?", Long.class, here.authority);
        for (long centre : new long[] {lately, behind}) {
            jdbc.update("""
                insert into review (centre_id, term_id, status, partner_account_id, partner_name, visit_date, created_at, signed_off_at, snapshot)
                values (?, ?, 'SIGNED_OFF', ?, ?, date '2025-11-20', ?, ?, '{}')""", centre, term, partner.accountId(), partner.name(),
                Timestamp.valueOf("2025-11-01 09:00:00"), Timestamp.valueOf("2025-11-20 15:00:00"));
        }

        Fixture.signIn(partner);
        navigate(HomeView.class);
        Section visits = $(Section.class).id("centres-to-visit");
        assertThat($(Anchor.class, visits).all()).extracting(Anchor::getText)
            .containsExactly("Yew behind " + here.name, "Willow never reviewed " + here.name, "Acorn reviewed lately " + here.name);
        assertThat($(ListItem.class, visits).first().getElement().getTextRecursively()).contains("1 overdue or expired");
        assertThat($(ListItem.class, visits).all().get(1).getElement().getTextRecursively()).contains("nothing overdue or expired", "never reviewed");
    }
}
