package org.centrecpd.demo;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo profile (on for the tests, see config/application.properties) seeds the demo people and one
 * login per role; seeding runs on every start, so it must change nothing the second time.
 */
@CentreTest
class DemoDataTest {

    @Autowired
    DemoData demoData;
    @Autowired
    JdbcTemplate jdbc;

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void theDemoProfileSeedsOneLoginPerRole() {
        // Other tests share this database and add sign-ins of their own: the demo's are those on its domain.
        assertThat(jdbc.queryForList("select username from user_account where username like '%@demo.centrecpd.example'", String.class))
            .containsExactlyInAnyOrder(
            DemoLogins.ADMIN, DemoLogins.PRACTITIONER, DemoLogins.MANAGER, DemoLogins.OTHER_MANAGER, DemoLogins.PARTNER);
        assertThat(jdbc.queryForObject("select count(*) from person where email = ?", Long.class, DemoLogins.PRACTITIONER))
            .isEqualTo(1);
    }

    @Test
    void seedingTwiceChangesNothing() {
        long people = count("person");
        long employments = count("employment");
        long accounts = count("user_account");
        long started = System.nanoTime();
        demoData.run(new DefaultApplicationArguments());
        System.out.printf("Demo seeding, second run (no-op): %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(count("person")).isEqualTo(people).isGreaterThan(135 * 15);
        assertThat(count("employment")).isEqualTo(employments);
        assertThat(count("user_account")).isEqualTo(accounts);
    }

    @Test
    void everyDemoLoginBelongsToAPersonWithAWorkplaceOrARemit() {
        assertThat(jdbc.queryForList("""
            select u.username from user_account u
            where u.username like '%@demo.centrecpd.example' and u.person_id is not null and not exists (select 1 from employment e where e.person_id = u.person_id)
              and not exists (select 1 from oversight o where o.person_id = u.person_id)""", String.class)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from user_account where password_hash like '{bcrypt}%' and username like '%@demo.centrecpd.example'", Long.class))
            .isEqualTo(5);
    }
}
