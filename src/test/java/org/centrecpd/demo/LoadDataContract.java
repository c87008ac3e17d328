package org.centrecpd.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.centrecpd.security.LoadAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The load profile's data on the demo's ({@link LoadData}): every centre made up to 30 current staff, each
 * of them and the partners able to sign in with the load password under a numbered name. Runs in the
 * shared test context without the load profile: the seeding is called by hand inside the test's
 * transaction, which is rolled back, so no other test sees thousands of extra people.
 */
@Transactional
abstract class LoadDataContract {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    PasswordEncoder passwords;

    private LoadData loadData(String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return new LoadData(jdbc, tx, new LoadAccounts(jdbc, passwords), environment);
    }

    @Test
    void everyCentreHasThirtyStaffAndEachOfThemCanSignInWithTheLoadPassword() {
        loadData("demo", "load").run(new DefaultApplicationArguments());

        assertThat(jdbc.queryForList("""
            select count(*) from centre c join employment e on e.centre_id = c.id and e.end_date is null
             group by c.id""", Long.class)).allMatch(staff -> staff >= LoadLogins.STAFF_PER_CENTRE);
        assertThat(jdbc.queryForObject("""
            select count(*) from person p where exists (select 1 from employment e where e.person_id = p.id and e.end_date is null)
               and not exists (select 1 from user_account u where u.person_id = p.id)""", Long.class))
            .as("people employed today without a sign-in").isZero();
        assertThat(jdbc.queryForObject("select count(*) from user_account where username like 'partner-%' || ?",
            Long.class, LoadLogins.DOMAIN)).isEqualTo(LoadLogins.PARTNERS);
        // Numbered without gaps from 1, so that a virtual user can name the n-th person of a kind.
        long practitioners = jdbc.queryForObject("select count(*) from user_account where username like 'practitioner-%' || ?",
            Long.class, LoadLogins.DOMAIN);
        assertThat(practitioners).isGreaterThan(3_500);
        assertThat(jdbc.queryForObject("select role from user_account where username = ?", String.class,
            LoadLogins.username("practitioner-", (int) practitioners))).isEqualTo("PRACTITIONER");
        assertThat(jdbc.queryForObject("select role from user_account where username = ?", String.class,
            LoadLogins.username("manager-", 1))).isEqualTo("CENTRE_MANAGER");
        String hash = jdbc.queryForObject("select password_hash from user_account where username = ?", String.class,
            LoadLogins.username("partner-", LoadLogins.PARTNERS));
        assertThat(passwords.matches(LoadLogins.PASSWORD, hash)).isTrue();
        // A partner oversees an authority, so has centres to roll up.
        assertThat(jdbc.queryForObject("""
            select count(*) from centre_access a join user_account u on u.id = a.account_id
             where u.username = ?""", Long.class, LoadLogins.username("partner-", 1))).isGreaterThan(50);
    }

    @Test
    void seedingTwiceChangesNothing() {
        loadData("demo", "load").run(new DefaultApplicationArguments());
        long people = jdbc.queryForObject("select count(*) from person", Long.class);
        long accounts = jdbc.queryForObject("select count(*) from user_account", Long.class);

        loadData("demo", "load").run(new DefaultApplicationArguments());

        assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isEqualTo(people);
        assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isEqualTo(accounts);
    }

    @Test
    void theLoadProfileWithoutTheDemoIsRefused() {
        assertThatThrownBy(() -> loadData("load")).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("demo,load");
    }
}
