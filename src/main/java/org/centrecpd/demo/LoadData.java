package org.centrecpd.demo;

import java.util.ArrayList;
import java.util.List;
import org.centrecpd.security.LoadAccounts;
import org.centrecpd.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tops the demo data up to the benchmark size for the load tests ({@code src/test/java/.../load}, see
 * docs/benchmarks.md): every one of the 135 centres gets {@value LoadLogins#STAFF_PER_CENTRE} current
 * staff, {@value LoadLogins#PARTNERS} improvement partners oversee an authority each, and every one of
 * them gets a sign-in with the published load password, named so that each virtual user can sign in as
 * a different person ({@link LoadLogins}). The staff are added by set-based SQL (one statement per table,
 * the same on H2 and PostgreSQL); the accounts in one batch with one password hash.
 * <p>
 * Only with the {@value LoadAccounts#PROFILE} profile, and only on top of the demo profile (the demo's
 * people are the base); a start with load and without demo is refused. Without the profile,
 * {@link LoadLoginCheck} refuses a database that holds these logins. Idempotent: does nothing once the
 * load logins exist.
 */
@Component
@Order(90)
@Profile(LoadAccounts.PROFILE)
class LoadData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LoadData.class);

    /** 1 to 30, portable: H2 and PostgreSQL both accept a VALUES list as a table. */
    private static final String ONE_TO_THIRTY = """
        (select t.d * 10 + u.d + 1 as i
           from (values (0), (1), (2)) as t(d)
          cross join (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) as u(d))""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final LoadAccounts accounts;

    LoadData(JdbcTemplate jdbc, TransactionTemplate tx, LoadAccounts accounts, Environment environment) {
        if (!environment.acceptsProfiles(Profiles.of(DemoData.PROFILE))) {
            throw new IllegalStateException("The load profile tops up the demo data: start with "
                + "--spring.profiles.active=demo,load (never on a database holding real people's records)");
        }
        this.jdbc = jdbc;
        this.tx = tx;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.warn("Load profile: thousands of logins with the load password published in docs/benchmarks.md can sign in.");
        Long present = jdbc.queryForObject("select count(*) from user_account where username like ?", Long.class,
            "%" + LoadLogins.DOMAIN);
        if (present != null && present > 0) {
            log.info("Load data present: {} load logins", present);
            return;
        }
        long started = System.nanoTime();
        tx.executeWithoutResult(status -> seed());
        log.info("Load data ready in {} ms: {} practitioners, {} managers, {} partners can sign in",
            (System.nanoTime() - started) / 1_000_000, count(Role.PRACTITIONER), count(Role.CENTRE_MANAGER),
            count(Role.IMPROVEMENT_PARTNER));
    }

    private void seed() {
        topUpStaff();
        addPartners();
        List<LoadAccounts.NewAccount> logins = new ArrayList<>();
        // Everyone employed today without a sign-in: managers and deputies manage, the rest practise.
        collect(logins, "manager-", Role.CENTRE_MANAGER, """
            select p.id, p.full_name from person p
             where exists (select 1 from employment e where e.person_id = p.id and e.end_date is null
                              and e.job_role in ('CENTRE_MANAGER', 'DEPUTY_MANAGER'))
               and not exists (select 1 from user_account u where u.person_id = p.id)
             order by p.id""");
        collect(logins, "practitioner-", Role.PRACTITIONER, """
            select p.id, p.full_name from person p
             where exists (select 1 from employment e where e.person_id = p.id and e.end_date is null)
               and not exists (select 1 from employment e where e.person_id = p.id and e.end_date is null
                                  and e.job_role in ('CENTRE_MANAGER', 'DEPUTY_MANAGER'))
               and not exists (select 1 from user_account u where u.person_id = p.id)
             order by p.id""");
        collect(logins, "partner-", Role.IMPROVEMENT_PARTNER, """
            select p.id, p.full_name from person p
             where p.email like 'load-partner-%'
               and not exists (select 1 from user_account u where u.person_id = p.id)
             order by p.id""");
        accounts.createAll(logins, LoadLogins.PASSWORD);
    }

    /** Each centre's current staff made up to the benchmark's 30 with invented early-years staff. */
    private void topUpStaff() {
        int people = jdbc.update("""
            insert into person (full_name, email, job_role)
            select 'Load Staff ' || c.id || '-' || n.i, 'staff-' || c.id || '-' || n.i || '@load.centrecpd.example',
                   case mod(n.i, 3) when 0 then 'EARLY_YEARS_PRACTITIONER' when 1 then 'FAMILY_SUPPORT_WORKER'
                        else 'OUTREACH_WORKER' end
              from centre c cross join %s n
             where n.i > (select count(*) from employment e where e.centre_id = c.id and e.end_date is null)
            """.formatted(ONE_TO_THIRTY));
        int employed = jdbc.update("""
            insert into employment (person_id, centre_id, job_role, start_date)
            select p.id, c.id, p.job_role, date '2024-09-02'
              from centre c cross join %s n
              join person p on p.email = 'staff-' || c.id || '-' || n.i || '@load.centrecpd.example'
             where not exists (select 1 from employment e where e.person_id = p.id)
            """.formatted(ONE_TO_THIRTY));
        log.info("Load data: {} staff added, {} employments", people, employed);
    }

    /** Partners overseeing one authority each, alternately (the demo's two authorities). */
    private void addPartners() {
        jdbc.update("""
            insert into person (full_name, email, job_role)
            select 'Load Partner ' || n, 'load-partner-' || n || '@load.centrecpd.example', 'IMPROVEMENT_PARTNER'
              from (select (a.i - 1) * 30 + b.i as n from %s a cross join %s b) numbers
             where n between 1 and %d
            """.formatted(ONE_TO_THIRTY, ONE_TO_THIRTY, LoadLogins.PARTNERS));
        jdbc.update("""
            insert into oversight (person_id, local_authority_id, valid_from)
            select p.id, case mod(p.id, 2) when 0 then (select id from local_authority where name = ?)
                              else (select id from local_authority where name = ?) end, date '2023-04-01'
              from person p where p.email like 'load-partner-%'
            """, DemoData.EASTMOOR, DemoData.SOUTHDOWN);
    }

    private void collect(List<LoadAccounts.NewAccount> into, String prefix, Role role, String sql) {
        int[] n = {0};
        jdbc.query(sql, rs -> {
            into.add(new LoadAccounts.NewAccount(LoadLogins.username(prefix, ++n[0]), role, rs.getLong(1), rs.getString(2)));
        });
    }

    private long count(Role role) {
        Long n = jdbc.queryForObject("select count(*) from user_account where role = ? and username like ?", Long.class,
            role.name(), "%" + LoadLogins.DOMAIN);
        return n == null ? 0 : n;
    }
}
