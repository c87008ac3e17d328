package org.centrecpd.support;

import java.sql.Date;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.Role;
import org.centrecpd.security.SignedInUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one builder of test data: a local authority of the test's own (a unique name), with the providers,
 * groups, centres, people, jobs, sign-ins and completions the test asks for, written with JDBC. Tests share
 * one database ({@link CentreTest}), so a test asserts about what it made here, never about the demo data's
 * counts; rows it commits stay, under names no other test uses.
 */
public final class Fixture {

    private static final AtomicInteger SEQ = new AtomicInteger();
    /** The day the fixture's arrangements, jobs and remits start unless a test says otherwise. */
    public static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    private final JdbcTemplate jdbc;
    public final String name;
    public final long authority;

    /** A sign-in made by {@link #login}, and how to act as it. */
    public record Login(long accountId, long personId, String name, String email, Role role) {
        public SignedInUser user() {
            return new SignedInUser(accountId, email, "x", role, personId, name, true);
        }
    }

    /** Marks the opt-outs {@link #remindNobodyElse} makes: a date no one chooses. */
    private static final java.sql.Date OTHERS_OPTED_OUT = java.sql.Date.valueOf("1999-12-31");

    /**
     * Opts everyone who exists now out of training reminders, so that a test running the reminder job mails only the
     * people it makes afterwards: the demo's year of history holds thousands of open assignments, and the job would
     * mail every one of those people, one SMTP round trip each. Undo with {@link #remindEveryoneAgain}.
     */
    public static void remindNobodyElse(JdbcTemplate jdbc) {
        jdbc.update("""
            insert into reminder_opt_out (person_id, since)
            select p.id, ? from person p where not exists (select 1 from reminder_opt_out o where o.person_id = p.id)""", OTHERS_OPTED_OUT);
    }

    public static void remindEveryoneAgain(JdbcTemplate jdbc) {
        jdbc.update("delete from reminder_opt_out where since = ?", OTHERS_OPTED_OUT);
    }

    /** Marks the digests {@link #digestNobodyElse} claims for others: a time no run reaches. */
    private static final java.sql.Timestamp OTHERS_DIGESTED = java.sql.Timestamp.valueOf("2999-12-31 00:00:00");

    /**
     * Counts everyone who exists now, except the people named, as having just had their digest, so that a test running
     * the digest job reads and mails only its own readers: every manager and partner the other tests made (and the demo's)
     * would otherwise be read as themselves, five scoped queries each, on every run. People who already have a digest
     * setting keep it. Undo with {@link #digestEveryoneAgain}.
     */
    public static void digestNobodyElse(JdbcTemplate jdbc, long... except) {
        String kept = java.util.Arrays.stream(except).mapToObj(Long::toString).collect(java.util.stream.Collectors.joining(","));
        jdbc.update("""
            insert into digest_setting (person_id, frequency, last_sent_at)
            select p.id, 'WEEKLY', ? from person p
             where not exists (select 1 from digest_setting d where d.person_id = p.id)""" + (kept.isEmpty() ? "" : " and p.id not in (" + kept + ")"),
            OTHERS_DIGESTED);
    }

    public static void digestEveryoneAgain(JdbcTemplate jdbc) {
        jdbc.update("delete from digest_setting where last_sent_at = ?", OTHERS_DIGESTED);
    }

    public Fixture(JdbcTemplate jdbc) {
        this(jdbc, "Testshire");
    }

    public Fixture(JdbcTemplate jdbc, String prefix) {
        this.jdbc = jdbc;
        this.name = prefix + " " + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        this.authority = insert("insert into local_authority (name) values (?)", name);
    }

    public long provider(String provider) {
        return insert("insert into provider (local_authority_id, name) values (?, ?)", authority, provider + " " + name);
    }

    public long group(String group) {
        return insert("insert into centre_group (local_authority_id, name) values (?, ?)", authority, group + " " + name);
    }

    public long centre(String centre) {
        return insert("insert into centre (local_authority_id, name) values (?, ?)", authority, centre + " " + name);
    }

    /** Who runs {@code centre} from {@code from} until {@code to} (exclusive; null: until further notice). */
    public void arrangement(long centre, long provider, Long group, LocalDate from, LocalDate to) {
        jdbc.update("insert into centre_arrangement (centre_id, provider_id, centre_group_id, valid_from, valid_to) values (?, ?, ?, ?, ?)",
            centre, provider, group, Date.valueOf(from), to == null ? null : Date.valueOf(to));
    }

    public long person(String fullName) {
        return person(fullName, JobRole.FAMILY_SUPPORT_WORKER);
    }

    public long person(String fullName, JobRole jobRole) {
        return insert("insert into person (full_name, email, job_role) values (?, ?, ?)", fullName, email(fullName), jobRole.name());
    }

    public void employ(long person, long centre, JobRole role, LocalDate from, LocalDate to) {
        jdbc.update("insert into employment (person_id, centre_id, job_role, start_date, end_date) values (?, ?, ?, ?, ?)",
            person, centre, role.name(), Date.valueOf(from), to == null ? null : Date.valueOf(to));
    }

    /** An improvement partner's remit over this fixture's authority, from {@link #SINCE}. */
    public void oversee(long person) {
        jdbc.update("insert into oversight (person_id, local_authority_id, valid_from) values (?, ?, ?)", person, authority,
            Date.valueOf(SINCE));
    }

    /** A person with a sign-in of {@code role}, working at {@code centre} since {@link #SINCE} (none: null). */
    public Login login(String fullName, Role role, Long centre, JobRole jobRole) {
        String email = email(fullName);
        long person = insert("insert into person (full_name, email, job_role) values (?, ?, ?)", fullName, email, jobRole.name());
        if (centre != null) {
            employ(person, centre, jobRole, SINCE, null);
        }
        long account = insert("insert into user_account (username, password_hash, role, person_id, display_name) values (?, 'x', ?, ?, ?)",
            email, role.name(), person, fullName);
        return new Login(account, person, fullName, email, role);
    }

    public long course(String slug) {
        return jdbc.queryForObject("select id from course where slug = ?", Long.class, slug);
    }

    /** A completion as the courses module records it. */
    public void completed(long person, String slug, LocalDate on) {
        jdbc.update("""
            insert into course_completion (person_id, course_id, course_version_id, version_number, completed_on, cpd_hours)
            select ?, c.id, c.current_version_id, 1, ?, 1.5 from course c where c.slug = ?""", person, Date.valueOf(on), slug);
    }

    /** Signs {@code login} in on this thread. */
    public static void signIn(Login login) {
        SignedInUser user = login.user();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /** Runs {@code action} signed in as {@code login}, then puts the previous sign-in back. */
    public static <T> T as(Login login, Callable<T> action) throws Exception {
        var before = SecurityContextHolder.getContext();
        signIn(login);
        try {
            return action.call();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private static String email(String fullName) {
        return fullName.toLowerCase().replace(' ', '.') + "." + SEQ.incrementAndGet() + "." + System.nanoTime() + "@fixture.example";
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var statement = con.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    /**
     * The scene the workshop and notification tests play in: an authority of its own with two centres (Hill and Vale)
     * run by one provider, a partner overseeing the authority, a manager at each centre; practitioners at Hill on request.
     */
    public static final class TwoCentres {

        private final Fixture fixture;
        public final String name;
        public final long authority;
        public final long hill;
        public final long vale;
        public final Login partner;
        public final Login hillManager;
        public final Login valeManager;

        public TwoCentres(JdbcTemplate jdbc) {
            this.fixture = new Fixture(jdbc, "Workshire");
            this.name = fixture.name;
            this.authority = fixture.authority;
            long provider = fixture.provider("Lead");
            this.hill = fixture.centre("Hill");
            this.vale = fixture.centre("Vale");
            fixture.arrangement(hill, provider, null, SINCE, null);
            fixture.arrangement(vale, provider, null, SINCE, null);
            this.partner = login("Pat Partner", Role.IMPROVEMENT_PARTNER, null, JobRole.IMPROVEMENT_PARTNER);
            fixture.oversee(partner.personId());
            this.hillManager = login("Mo Hill", Role.CENTRE_MANAGER, hill, JobRole.CENTRE_MANAGER);
            this.valeManager = login("Val Vale", Role.CENTRE_MANAGER, vale, JobRole.CENTRE_MANAGER);
        }

        /** A practitioner at Hill with a login. */
        public Login practitioner(String fullName) {
            return login(fullName, Role.PRACTITIONER, hill, JobRole.FAMILY_SUPPORT_WORKER);
        }

        public Login login(String fullName, Role role, Long centre, JobRole jobRole) {
            return fixture.login(fullName, role, centre, jobRole);
        }

        public long course(String slug) {
            return fixture.course(slug);
        }
    }
}
