package org.centrecpd.demo;

import org.centrecpd.security.LoadAccounts;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Without the load profile, refuses to start on a database that holds the load-test logins: thousands
 * of accounts whose password is in docs/benchmarks.md. Like {@link DemoLoginCheck}, it runs after the
 * migrations and before the web server takes requests.
 */
@Component
@Profile("!" + LoadAccounts.PROFILE)
class LoadLoginCheck implements SmartInitializingSingleton {

    private final JdbcTemplate jdbc;

    LoadLoginCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Boolean found = jdbc.queryForObject("select exists (select 1 from user_account where username like ?)",
            Boolean.class, "%" + LoadLogins.DOMAIN);
        if (Boolean.TRUE.equals(found)) {
            throw new IllegalStateException("This database holds the load-test logins, whose password is published in "
                + "docs/benchmarks.md, and the load profile is not on. Start it with --spring.profiles.active=demo,load, "
                + "or start the real installation on a new database.");
        }
    }
}
