package org.centrecpd.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.Role;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.WebTest;
import org.centrecpd.training.service.AssignmentService;
import org.centrecpd.training.service.Assigning;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The CI smoke of the load test (issue 34 §1): {@link WorkingMorningSimulation} with 20 people for 30 seconds,
 * run in this JVM by Gatling against the app the browser journeys use ({@link WebTest}: the same Spring context, so no
 * second start-up), failing on any failed request. It keeps the simulation from rotting: a view that loses an element
 * id the journeys look for, or answers with an error, fails the build.
 * <p>
 * The people are this test's own (the load profile's 4 000 sign-ins are not in the test database): practitioners and
 * managers at a centre of a fixture authority, and partners overseeing what the demo partner oversees (the demo case
 * studies are there to be searched). Their sign-ins get the load password.
 */
@WebTest
class WorkingMorningLoadIT {

    private static final int PRACTITIONERS = 14;
    private static final int MANAGERS = 4;
    private static final int PARTNERS = 2;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    AssignmentService assignments;

    private final List<String> properties = new ArrayList<>();

    @Test
    void twentyPeopleForThirtySecondsWithoutAFailedRequest() throws Exception {
        Fixture fixture = new Fixture(jdbc, "Loadshire");
        long centre = fixture.centre("Smoke");
        fixture.arrangement(centre, fixture.provider("Lead"), null, Fixture.SINCE, null);
        List<Fixture.Login> practitioners = IntStream.rangeClosed(1, PRACTITIONERS)
            .mapToObj(i -> fixture.login("Prac Load " + i, Role.PRACTITIONER, centre, JobRole.EARLY_YEARS_PRACTITIONER)).toList();
        List<Fixture.Login> managers = IntStream.rangeClosed(1, MANAGERS)
            .mapToObj(i -> fixture.login("Man Load " + i, Role.CENTRE_MANAGER, centre, JobRole.CENTRE_MANAGER)).toList();
        List<Fixture.Login> partners = IntStream.rangeClosed(1, PARTNERS)
            .mapToObj(i -> fixture.login("Part Load " + i, Role.IMPROVEMENT_PARTNER, null, JobRole.IMPROVEMENT_PARTNER)).toList();
        for (Fixture.Login partner : partners) {
            jdbc.update("""
                insert into oversight (person_id, local_authority_id, centre_group_id, valid_from, valid_to)
                select ?, o.local_authority_id, o.centre_group_id, o.valid_from, o.valid_to from oversight o join user_account u on u.person_id = o.person_id
                 where u.username = ?""", partner.personId(), DemoLogins.PARTNER);
        }
        // The matrix shows the people with assignments: the centre's staff have one course, as a manager gives it.
        Fixture.as(managers.getFirst(), () -> assignments.assign(Assigning.toCentres(fixture.course("working-together"),
            Set.of(centre), assignments.today().plusMonths(1), true, null)));
        String hash = passwords.encode(Journeys.PASSWORD);
        for (List<Fixture.Login> kind : List.of(practitioners, managers, partners)) {
            kind.forEach(login -> jdbc.update("update user_account set password_hash = ? where id = ?", hash, login.accountId()));
        }

        set("load.url", "http://localhost:" + port);
        set("load.shape", "steady");
        set("load.users", "20");
        set("load.seconds", "30");
        set("load.ramp-seconds", "5");
        set("load.think-ms", "1000");
        set("load.logins.practitioner", emails(practitioners));
        set("load.logins.manager", emails(managers));
        set("load.logins.partner", emails(partners));

        // Gatling's own entry point, as its Maven plugin calls it in a JVM of its own; its exit status is not 0 when an
        // assertion fails (the simulation asserts no failed request). No HTML report: the console names each failure.
        int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
            "--simulation", WorkingMorningSimulation.class.getName(),
            "--results-folder", Path.of("target", "gatling").toAbsolutePath().toString(),
            "--no-reports"});
        assertThat(status).as("Gatling's exit status: not 0 when a request failed (see the run's summary above)").isZero();
    }

    @AfterEach
    void clearProperties() {
        properties.forEach(System::clearProperty);
    }

    private void set(String key, String value) {
        System.setProperty(key, value);
        properties.add(key);
    }

    private static String emails(List<Fixture.Login> logins) {
        return String.join(",", logins.stream().map(Fixture.Login::email).toList());
    }
}
