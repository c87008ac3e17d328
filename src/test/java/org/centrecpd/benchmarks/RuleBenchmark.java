package org.centrecpd.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.Role;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.centrecpd.training.service.AssignmentRules;
import org.centrecpd.training.service.RuleApplier;
import org.centrecpd.training.service.RuleForm;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rule over an authority of 2 000 people (20 centres of 100): the time and SQL statements of making it (which
 * assigns all 2 000), of applying it again with nothing to do, and of applying it after 200 starters joined and 200
 * people left. Statements must not grow with the people (asserted); times are printed, never asserted (they depend
 * on the machine's load: read them as ratios within one run).
 * <p>
 * Run: {@code ./mvnw test -Dtest=RuleBenchmark} (H2), {@code -Dtest=PostgresRuleBenchmark} (PostgreSQL). Not in CI.
 */
@CentreTest
public class RuleBenchmark {

    private static final int CENTRES = 20;
    private static final int PER_CENTRE = 100;

    @Autowired
    AssignmentRules rules;
    @Autowired
    RuleApplier applier;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory emf;
    @Autowired
    java.time.Clock clock;

    @Test
    void applyingARuleToTwoThousandPeople() throws Exception {
        Fixture f = new Fixture(jdbc, "Benchshire");
        List<Long> centres = new ArrayList<>();
        for (int c = 0; c < CENTRES; c++) {
            centres.add(f.centre("Centre " + c));
        }
        staff(f, centres, "p", Fixture.SINCE);
        Fixture.Login admin = f.login("Bench Admin", Role.ADMIN, null, JobRole.CENTRE_ADMINISTRATOR);
        long course = f.course("core-purpose");
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        if (!product.equals("H2")) {
            jdbc.execute("analyze");
        }
        RuleForm overAuthority = new RuleForm(course, Set.of(), Set.of(), Set.of(), Set.of(f.authority), Set.of(), 28, true, null, 60);
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();

        stats.clear();
        long t = System.nanoTime();
        long rule = Fixture.as(admin, () -> rules.create(overAuthority));
        long makeMs = (System.nanoTime() - t) / 1_000_000;
        long makeStatements = stats.getPrepareStatementCount();
        long assigned = jdbc.queryForObject("select count(*) from assignment where rule_id = ?", Long.class, rule);

        stats.clear();
        t = System.nanoTime();
        RuleApplier.Applied again = applier.apply(rule);
        long againMs = (System.nanoTime() - t) / 1_000_000;
        long againStatements = stats.getPrepareStatementCount();

        // 200 starters at the first centre from today, 200 leavers (their jobs end today) at the second.
        LocalDate today = LocalDate.now(clock);
        staff(f, centres.subList(0, 1), "n", today);
        jdbc.update("update employment set end_date = ? where centre_id = ? and end_date is null", Date.valueOf(today), centres.get(1));
        stats.clear();
        t = System.nanoTime();
        RuleApplier.Applied changes = applier.apply(rule);
        long changesMs = (System.nanoTime() - t) / 1_000_000;
        long changesStatements = stats.getPrepareStatementCount();

        System.out.printf("%n=== Rule benchmark on %s: %d people in %d centres ===%n", product, CENTRES * PER_CENTRE, CENTRES);
        System.out.printf("make the rule (assigns %d): %d ms, %d SQL statements (validation, rule, audience, scope check, apply, audit)%n",
            assigned, makeMs, makeStatements);
        System.out.printf("apply again, nothing to do (%s): %d ms, %d SQL statements%n", again, againMs, againStatements);
        System.out.printf("apply after %d starters and %d leavers (%s): %d ms, %d SQL statements%n", PER_CENTRE * 2, PER_CENTRE, changes,
            changesMs, changesStatements);

        assertThat(assigned).isEqualTo(CENTRES * PER_CENTRE);
        assertThat(again.assigned()).isZero();
        assertThat(changes.assigned()).isEqualTo(2 * PER_CENTRE);
        assertThat(changes.left()).isEqualTo(PER_CENTRE);
        assertThat(againStatements).as("a few statements per rule, not per person").isLessThanOrEqualTo(5);
        assertThat(changesStatements).isLessThanOrEqualTo(5);
        assertThat(makeStatements).isLessThan(30);
    }

    /** {@code PER_CENTRE} people at each of these centres from {@code from}, in two batch statements. */
    private void staff(Fixture f, List<Long> centres, String tag, LocalDate from) {
        List<Object[]> people = new ArrayList<>();
        for (long centre : centres) {
            int n = centre == centres.get(0) && tag.equals("n") ? 2 * PER_CENTRE : PER_CENTRE;
            for (int i = 0; i < n; i++) {
                String email = tag + i + "." + centre + "." + f.name.replaceAll("[^A-Za-z0-9]", "").toLowerCase() + "@bench.example";
                people.add(new Object[] {"Bench " + tag + i + " " + centre, email, JobRole.FAMILY_SUPPORT_WORKER.name()});
            }
        }
        jdbc.batchUpdate("insert into person (full_name, email, job_role) values (?, ?, ?)", people);
        for (long centre : centres) {
            jdbc.update("""
                insert into employment (person_id, centre_id, job_role, start_date)
                select p.id, ?, 'FAMILY_SUPPORT_WORKER', ? from person p
                where p.email like ? and not exists (select 1 from employment e where e.person_id = p.id)""",
                centre, Date.valueOf(from), tag + "%." + centre + ".%@bench.example");
        }
    }
}
