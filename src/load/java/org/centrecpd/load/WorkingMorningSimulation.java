package org.centrecpd.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A working morning of Centre CPD through Vaadin's own protocol: 70% practitioners, 20% managers, 10%
 * partners ({@link Journeys}). Two shapes, chosen with {@code -Dload.shape}:
 * <ul>
 * <li>{@code steady}: {@code load.users} people at once (300) for {@code load.minutes} (10), after a ramp of
 * {@code load.ramp-seconds} (a third of the length, at most 60); each person who finishes is replaced by the next person who signs in;</li>
 * <li>{@code deadline}: {@code load.sign-ins} people (1 000) arriving within {@code load.minutes} (2), each
 * signing in and doing their morning's work once.</li>
 * </ul>
 * {@code load.seconds} overrides {@code load.minutes} (the CI smoke: 20 users for 30 seconds). The run fails
 * on any failed request; {@code -Dload.goals=true} also fails it when a request kind misses p95 ≤ 200 ms or
 * p99 ≤ 1 s. Against {@code load.url} (http://localhost:8080), the app started with the demo and load profiles.
 */
public class WorkingMorningSimulation extends Simulation {

    private static final String SHAPE = System.getProperty("load.shape", "steady");
    private static final int USERS = Integer.getInteger("load.users", 300);
    private static final int SIGN_INS = Integer.getInteger("load.sign-ins", 1000);
    private static final Duration LENGTH = Integer.getInteger("load.seconds") != null
        ? Duration.ofSeconds(Integer.getInteger("load.seconds"))
        : Duration.ofMinutes(Integer.getInteger("load.minutes", SHAPE.equals("deadline") ? 2 : 10));
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("load.ramp-seconds",
        (int) Math.min(60, LENGTH.toSeconds() / 3)));
    private static final Duration THINK = Duration.ofMillis(Integer.getInteger("load.think-ms", 3000));
    // How many of each the load data holds at least (demo.LoadData logs the exact numbers at start-up).
    private static final int PRACTITIONERS = Integer.getInteger("load.practitioners", 3700);
    private static final int MANAGERS = Integer.getInteger("load.managers", 210);
    private static final int PARTNERS = Integer.getInteger("load.partners", 150);

    {
        HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("load.url", "http://localhost:8080"))
            .acceptLanguageHeader("en-GB,en;q=0.9")
            .userAgentHeader("Centre CPD load test (Gatling)")
            // Static files (the client bundle, styles) are cached by a real browser after the first visit.
            .disableCaching();
        Journeys journeys = new Journeys(THINK);
        List<PopulationBuilder> populations = new ArrayList<>();
        if (SHAPE.equals("deadline")) {
            populations.add(journeys.practitioner(PRACTITIONERS).injectOpen(rampUsers(share(SIGN_INS, 0.7)).during(LENGTH)));
            populations.add(journeys.manager(MANAGERS).injectOpen(rampUsers(share(SIGN_INS, 0.2)).during(LENGTH)));
            populations.add(journeys.partner(PARTNERS).injectOpen(rampUsers(share(SIGN_INS, 0.1)).during(LENGTH)));
        } else {
            populations.add(journeys.practitioner(PRACTITIONERS).injectClosed(shape(0.7)));
            populations.add(journeys.manager(MANAGERS).injectClosed(shape(0.2)));
            populations.add(journeys.partner(PARTNERS).injectClosed(shape(0.1)));
        }
        List<Assertion> assertions = new ArrayList<>();
        assertions.add(global().failedRequests().count().is(0L));
        if (Boolean.getBoolean("load.goals")) {
            assertions.add(forAll().responseTime().percentile(95.0).lte(200));
            assertions.add(forAll().responseTime().percentile(99.0).lte(1000));
        }
        setUp(populations).protocols(protocol).assertions(assertions);
    }

    private static io.gatling.javaapi.core.ClosedInjectionStep[] shape(double share) {
        int users = Math.max(1, share(USERS, share));
        return new io.gatling.javaapi.core.ClosedInjectionStep[]{
            rampConcurrentUsers(0).to(users).during(RAMP),
            constantConcurrentUsers(users).during(LENGTH)};
    }

    private static int share(int total, double share) {
        return (int) Math.round(total * share);
    }
}
