package org.centrecpd.workshops;

import java.util.concurrent.Callable;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.Role;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.Fixture.Login;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The workshops tests' scene, made with the one {@link Fixture}: an authority with two centres (Hill and
 * Vale), a partner overseeing the authority, a manager at each centre; practitioners at Hill on request.
 */
final class WorkshopsFixture {

    private final Fixture fixture;
    final String name;
    final long authority;
    final long hill;
    final long vale;
    final Login partner;
    final Login hillManager;
    final Login valeManager;

    WorkshopsFixture(JdbcTemplate jdbc) {
        this.fixture = new Fixture(jdbc, "Workshire");
        this.name = fixture.name;
        this.authority = fixture.authority;
        long provider = fixture.provider("Lead");
        this.hill = fixture.centre("Hill");
        this.vale = fixture.centre("Vale");
        fixture.arrangement(hill, provider, null, Fixture.SINCE, null);
        fixture.arrangement(vale, provider, null, Fixture.SINCE, null);
        this.partner = login("Pat Partner", Role.IMPROVEMENT_PARTNER, null, JobRole.IMPROVEMENT_PARTNER);
        fixture.oversee(partner.personId());
        this.hillManager = login("Mo Hill", Role.CENTRE_MANAGER, hill, JobRole.CENTRE_MANAGER);
        this.valeManager = login("Val Vale", Role.CENTRE_MANAGER, vale, JobRole.CENTRE_MANAGER);
    }

    /** A practitioner at Hill with a login. */
    Login practitioner(String fullName) {
        return login(fullName, Role.PRACTITIONER, hill, JobRole.FAMILY_SUPPORT_WORKER);
    }

    Login login(String fullName, Role role, Long centre, JobRole jobRole) {
        return fixture.login(fullName, role, centre, jobRole);
    }

    long course(String slug) {
        return fixture.course(slug);
    }

    static void signIn(Login login) {
        Fixture.signIn(login);
    }

    static <T> T as(Login login, Callable<T> action) throws Exception {
        return Fixture.as(login, action);
    }
}
