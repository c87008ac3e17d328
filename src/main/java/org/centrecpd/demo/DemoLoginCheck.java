package org.centrecpd.demo;

import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Without the demo profile, refuses to start on a database that holds the demo logins: their password
 * is in the README. Such a database was made by a demo run (or by an older version, which seeded the
 * embedded database without being asked), and a real installation must not open with it. Runs once the
 * migrations are done and before the web server takes requests, so no demo login can sign in meanwhile.
 */
@Component
@Profile("!" + DemoData.PROFILE)
class DemoLoginCheck implements SmartInitializingSingleton {

    private static final List<String> DEMO_LOGINS = List.of(DemoLogins.ADMIN, DemoLogins.PRACTITIONER,
        DemoLogins.MANAGER, DemoLogins.OTHER_MANAGER, DemoLogins.PARTNER);

    private final JdbcTemplate jdbc;

    DemoLoginCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Long found = jdbc.queryForObject("select count(*) from user_account where username in (?, ?, ?, ?, ?)",
            Long.class, DEMO_LOGINS.toArray());
        if (found != null && found > 0) {
            throw new IllegalStateException("""
                This database holds the demo logins, whose password is published in the README, and the demo \
                profile is not on. Either run the demo (./mvnw spring-boot:run, or --spring.profiles.active=demo), \
                or start the real installation on a new database: on the embedded default, move the file \
                ./data/centre-cpd.mv.db away (an earlier version put the demo data there) and start again.""");
        }
    }
}
