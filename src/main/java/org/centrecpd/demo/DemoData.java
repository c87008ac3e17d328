package org.centrecpd.demo;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.DemoAccounts;
import org.centrecpd.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds an empty database with two invented local authorities:
 * <ul>
 *   <li><b>Eastmoor County Council</b>: 53 centres run by 12 providers, each provider's centres
 *       forming one locality group; one centre changed provider on 1 September 2025, and one provider's centres
 *       all passed to a new provider six months ago ({@link #midYearRecommissioning}).</li>
 *   <li><b>Southdown County Council</b>: 82 centres in groups of two to four under eight lead
 *       agencies; a group manager works across the centres of the group.</li>
 * </ul>
 * 15 to 30 staff per centre. Everything is invented (names, e-mails on the reserved
 * {@code .example} domain); nothing comes from real people. Plain JDBC batches keep it fast:
 * thousands of rows in well under the 5 s budget. Idempotent: it does nothing when the
 * authorities exist, and accounts are created only if absent.
 * <p>
 * Only with the {@value #PROFILE} profile: the demo logins' password is published in the README, so
 * an installation that asked for nothing must get none of this (it fails closed).
 */
@Component
@Order(10)
@Profile(DemoData.PROFILE)
class DemoData implements ApplicationRunner {

    static final String PROFILE = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String EASTMOOR = "Eastmoor County Council";
    static final String SOUTHDOWN = "Southdown County Council";
    static final String DEMO_CENTRE = "Ashbrook Children's Centre";
    static final String OTHER_CENTRE = "Bramley Children's Centre";
    static final String RECOMMISSIONED_CENTRE = "Fenbrook Children's Centre";
    static final LocalDate EASTMOOR_START = LocalDate.of(2023, 4, 1);
    static final LocalDate SOUTHDOWN_START = LocalDate.of(2024, 4, 1);
    static final LocalDate RECOMMISSIONED_ON = LocalDate.of(2025, 9, 1);

    private static final String[] PLACE_START = {"Ash", "Bram", "Cold", "Dun", "Elm", "Fen", "Glen", "Hart", "Ivy",
        "Kings", "Lark", "Mill", "Nor", "Oak", "Pen", "Queens", "Rush", "Stan", "Thorn", "Wyn", "Alder", "Beck", "Cray"};
    private static final String[] PLACE_END = {"brook", "ley", "field", "ford", "ton", "wick", "mere", "bury"};
    private static final String[] FIRST = {"Amira", "Ben", "Chloe", "Daniel", "Ella", "Femi", "Grace", "Harvey", "Isla",
        "Jamal", "Kate", "Liam", "Maya", "Nathan", "Olivia", "Priya", "Quentin", "Rosa", "Samir", "Tess", "Usha",
        "Vikram", "Wendy", "Yusuf", "Zoe", "Aled", "Bethan", "Callum", "Dervla", "Eilidh", "Hannah", "Joel", "Leah",
        "Marek", "Niamh", "Owen", "Pippa", "Rhys", "Sinead", "Tomasz"};
    private static final String[] LAST = {"Ahmed", "Baker", "Clarke", "Davies", "Evans", "Fletcher", "Gordon", "Hughes",
        "Iqbal", "Jones", "Kaur", "Lewis", "Morgan", "Nowak", "Okafor", "Patel", "Quinn", "Roberts", "Shah", "Turner",
        "Underwood", "Varma", "Walsh", "Young", "Ellis", "Hart", "Kowalski", "Mensah", "Osei", "Price"};
    private static final String[] EASTMOOR_PROVIDERS = {"Action for Eastmoor Families", "Brightstart Children's Trust",
        "Eastmoor Community Health NHS Trust", "Little Steps Charity", "Coastal Family Partnership",
        "Eastmoor County Council Early Help", "Northfields Nursery School", "Together for Children East",
        "Harbour Family Centres", "Marsh and Valley Family Trust", "St Aidan's Community Trust", "Sunrise Early Years CIC"};
    private static final String[] SOUTHDOWN_AGENCIES = {"Southdown Family Partnership", "Chalk Hills Children's Trust",
        "Southdown Community Health NHS Trust", "Downland Early Years Alliance", "Riverside Primary Federation",
        "Weald Families Charity", "South Coast Family Action", "Southdown County Council Children's Services"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final DemoAccounts accounts;
    private final Clock clock;
    private final Random random = new Random(2026);
    private final Map<String, Integer> usedEmails = new HashMap<>();

    DemoData(JdbcTemplate jdbc, TransactionTemplate tx, DemoAccounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The mid-year recommissioning in the demo's last twelve months: on the first of the month six months ago, every
     * centre of {@value #OUTGOING_PROVIDER} passed to a new provider (same localities), so the roll-up as at a day
     * before then and the one today name different providers for the same centres.
     */
    static LocalDate midYearRecommissioning(LocalDate today) {
        return today.minusMonths(6).withDayOfMonth(1);
    }

    static final String OUTGOING_PROVIDER = "Together for Children East";
    static final String INCOMING_PROVIDER = "Eastmoor Family Hubs Partnership";

    @Override
    public void run(ApplicationArguments args) {
        log.warn("Demo profile: the demo logins, whose password is published in the README, can sign in. "
            + "Never keep real people's records in this installation.");
        long started = System.nanoTime();
        Integer existing = jdbc.queryForObject("select count(*) from local_authority where name in (?, ?)",
            Integer.class, EASTMOOR, SOUTHDOWN);
        if (existing != null && existing > 0) {
            log.info("Demo data present; nothing to seed");
        } else {
            tx.executeWithoutResult(status -> seed());
        }
        seedLogins();
        log.info("Demo data ready in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void seed() {
        List<String> names = centreNames();
        long eastmoor = insert("insert into local_authority (name) values (?)", EASTMOOR);
        long southdown = insert("insert into local_authority (name) values (?)", SOUTHDOWN);
        List<Object[]> arrangements = new ArrayList<>();
        List<Long[]> staffing = new ArrayList<>(); // {centre id, group manager (local number) or null}

        // Eastmoor: 12 providers, 53 centres, each provider's centres form one locality group.
        List<Long> eastProviders = new ArrayList<>();
        List<Long> eastGroups = new ArrayList<>();
        for (String provider : EASTMOOR_PROVIDERS) {
            eastProviders.add(insert("insert into provider (local_authority_id, name) values (?, ?)", eastmoor, provider));
        }
        int outgoing = List.of(EASTMOOR_PROVIDERS).indexOf(OUTGOING_PROVIDER);
        long incoming = insert("insert into provider (local_authority_id, name) values (?, ?)", eastmoor, INCOMING_PROVIDER);
        LocalDate handedOver = midYearRecommissioning(LocalDate.now(clock));
        String[] localities = {"Kingsmere", "Norbury", "Fenwick", "Oakford", "Harbourside", "Millbrook", "Larkton",
            "Thornley", "Penfield", "Dunmere", "Stanwick", "Elmbury"};
        for (String locality : localities) {
            eastGroups.add(insert("insert into centre_group (local_authority_id, name) values (?, ?)", eastmoor, locality + " locality"));
        }
        Map<String, Long> centreIds = new HashMap<>();
        int nameIndex = 0;
        for (int i = 0; i < 53; i++) {
            String name = i == 0 ? DEMO_CENTRE : i == 1 ? OTHER_CENTRE : i == 2 ? RECOMMISSIONED_CENTRE : names.get(nameIndex++);
            long centre = insert("insert into centre (local_authority_id, name, postcode) values (?, ?, ?)",
                eastmoor, name, postcode("EM"));
            centreIds.put(name, centre);
            int p = i % 12;
            if (name.equals(RECOMMISSIONED_CENTRE)) {
                // The recommissioning in the history: Fenbrook moved from one provider to another.
                arrangements.add(new Object[]{centre, eastProviders.get(p), eastGroups.get(p), EASTMOOR_START, RECOMMISSIONED_ON, "Commissioned"});
                arrangements.add(new Object[]{centre, eastProviders.get(3), eastGroups.get(3), RECOMMISSIONED_ON, null,
                    "Recommissioned: services transferred to a new provider"});
            } else if (p == outgoing) {
                arrangements.add(new Object[]{centre, eastProviders.get(p), eastGroups.get(p), EASTMOOR_START, handedOver, "Commissioned"});
                arrangements.add(new Object[]{centre, incoming, eastGroups.get(p), handedOver, null,
                    "Recommissioned mid-year: the provider's contract passed to a new partnership"});
            } else {
                arrangements.add(new Object[]{centre, eastProviders.get(p), eastGroups.get(p), EASTMOOR_START, null, "Commissioned"});
            }
            staffing.add(new Long[]{centre, null});
        }

        // Southdown: 82 centres in groups of two to four under eight lead agencies.
        List<Long> agencies = new ArrayList<>();
        for (String agency : SOUTHDOWN_AGENCIES) {
            agencies.add(insert("insert into provider (local_authority_id, name) values (?, ?)", southdown, agency));
        }
        int remaining = 82;
        int groupNo = 0;
        while (remaining > 0) {
            int size = Math.min(remaining, 2 + random.nextInt(3));
            if (remaining - size == 1) {
                size = size < 4 ? size + 1 : size - 1; // never leave a group of one
            }
            String groupName = names.get(nameIndex) + " and district group";
            long group = insert("insert into centre_group (local_authority_id, name) values (?, ?)", southdown, groupName);
            long agency = agencies.get(groupNo % agencies.size());
            long groupManager = person(JobRole.CENTRE_MANAGER);
            for (int c = 0; c < size; c++) {
                String name = names.get(nameIndex++);
                long centre = insert("insert into centre (local_authority_id, name, postcode) values (?, ?, ?)",
                    southdown, name, postcode("SD"));
                centreIds.put(name, centre);
                arrangements.add(new Object[]{centre, agency, group, SOUTHDOWN_START, null, "Grouped at recommissioning"});
                staffing.add(new Long[]{centre, groupManager});
            }
            remaining -= size;
            groupNo++;
        }
        jdbc.batchUpdate("insert into centre_arrangement (centre_id, provider_id, centre_group_id, valid_from, valid_to, reason) values (?, ?, ?, ?, ?, ?)",
            arrangements.stream().map(a -> new Object[]{a[0], a[1], a[2], Date.valueOf((LocalDate) a[3]),
                a[4] == null ? null : Date.valueOf((LocalDate) a[4]), a[5]}).toList());

        List<Object[]> employment = new ArrayList<>();
        for (Long[] centre : staffing) {
            LocalDate start = centre[1] == null ? EASTMOOR_START : SOUTHDOWN_START;
            if (centre[1] == null) {
                employment.add(new Object[]{person(JobRole.CENTRE_MANAGER), centre[0], JobRole.CENTRE_MANAGER.name(), Date.valueOf(start.minusMonths(random.nextInt(30)))});
            } else {
                employment.add(new Object[]{centre[1], centre[0], JobRole.CENTRE_MANAGER.name(), Date.valueOf(start)});
            }
            int staff = 14 + random.nextInt(16);
            for (int s = 0; s < staff; s++) {
                JobRole role = staffRole(s);
                employment.add(new Object[]{person(role), centre[0], role.name(), Date.valueOf(start.minusDays(random.nextInt(2000)))});
            }
        }
        flushPeople();
        jdbc.batchUpdate("insert into employment (person_id, centre_id, job_role, start_date) values (?, ?, ?, ?)",
            employment.stream().map(e -> new Object[]{personIds.get((Long) e[0]), e[1], e[2], e[3]}).toList());

        demoPeople(centreIds, eastmoor, southdown);
    }

    /** The people behind the demo logins, at known centres. */
    private void demoPeople(Map<String, Long> centreIds, long eastmoor, long southdown) {
        long ashbrook = centreIds.get(DEMO_CENTRE);
        long bramley = centreIds.get(OTHER_CENTRE);
        long practitioner = directPerson("Amara Osei", DemoLogins.PRACTITIONER, JobRole.FAMILY_SUPPORT_WORKER);
        long manager = directPerson("Daniel Whitcombe", DemoLogins.MANAGER, JobRole.CENTRE_MANAGER);
        long otherManager = directPerson("Priya Natarajan", DemoLogins.OTHER_MANAGER, JobRole.CENTRE_MANAGER);
        long partner = directPerson("Helen Marsh", DemoLogins.PARTNER, JobRole.IMPROVEMENT_PARTNER);
        employ(practitioner, ashbrook, JobRole.FAMILY_SUPPORT_WORKER, LocalDate.of(2022, 9, 5));
        employ(manager, ashbrook, JobRole.CENTRE_MANAGER, LocalDate.of(2021, 1, 11));
        employ(otherManager, bramley, JobRole.CENTRE_MANAGER, LocalDate.of(2020, 6, 1));
        jdbc.update("insert into oversight (person_id, local_authority_id, valid_from) values (?, ?, ?)",
            partner, eastmoor, Date.valueOf(EASTMOOR_START));
        // The partner also follows two Southdown groups, to show oversight by group as well as by authority.
        List<Long> twoGroups = jdbc.queryForList("select id from centre_group where local_authority_id = ? order by id fetch first 2 rows only",
            Long.class, southdown);
        for (Long group : twoGroups) {
            jdbc.update("insert into oversight (person_id, centre_group_id, valid_from) values (?, ?, ?)",
                partner, group, Date.valueOf(SOUTHDOWN_START));
        }
    }

    private void seedLogins() {
        // Every start after the first finds all five: one count, not five look-ups through the account service.
        Long present = jdbc.queryForObject("select count(*) from user_account where username in (?, ?, ?, ?, ?)", Long.class,
            DemoLogins.ADMIN, DemoLogins.PRACTITIONER, DemoLogins.MANAGER, DemoLogins.OTHER_MANAGER, DemoLogins.PARTNER);
        if (present != null && present == 5) {
            return;
        }
        accounts.createIfAbsent(DemoLogins.ADMIN, DemoLogins.PASSWORD, Role.ADMIN, null, "Demo administrator");
        createFor(DemoLogins.PRACTITIONER, Role.PRACTITIONER);
        createFor(DemoLogins.MANAGER, Role.CENTRE_MANAGER);
        createFor(DemoLogins.OTHER_MANAGER, Role.CENTRE_MANAGER);
        createFor(DemoLogins.PARTNER, Role.IMPROVEMENT_PARTNER);
    }

    private void createFor(String email, Role role) {
        jdbc.query("select id, full_name from person where email = ?", rs -> {
            accounts.createIfAbsent(email, DemoLogins.PASSWORD, role, rs.getLong(1), rs.getString(2));
        }, email);
    }

    // --- people, batched: keys are local numbers until the batch is written -------------------

    private final List<Object[]> pendingPeople = new ArrayList<>();
    private final Map<Long, Long> personIds = new HashMap<>();

    /** Queues an invented person and returns a local number that {@link #flushPeople()} maps to an id. */
    private long person(JobRole role) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String base = (first + "." + last).toLowerCase();
        int n = usedEmails.merge(base, 1, Integer::sum);
        String email = base + (n == 1 ? "" : String.valueOf(n)) + "@staff.example";
        pendingPeople.add(new Object[]{first + " " + last, email, role.name()});
        return pendingPeople.size();
    }

    private void flushPeople() {
        jdbc.batchUpdate("insert into person (full_name, email, job_role) values (?, ?, ?)", pendingPeople);
        Map<String, Long> byEmail = new HashMap<>();
        jdbc.query("select id, email from person", rs -> {
            byEmail.put(rs.getString(2), rs.getLong(1));
        });
        for (int i = 0; i < pendingPeople.size(); i++) {
            personIds.put((long) i + 1, byEmail.get((String) pendingPeople.get(i)[1]));
        }
    }

    private long directPerson(String name, String email, JobRole role) {
        return insert("insert into person (full_name, email, job_role) values (?, ?, ?)", name, email, role.name());
    }

    private void employ(long person, long centre, JobRole role, LocalDate start) {
        jdbc.update("insert into employment (person_id, centre_id, job_role, start_date) values (?, ?, ?, ?)",
            person, centre, role.name(), Date.valueOf(start));
    }

    /** A plausible mix: a deputy, then mostly early years and family support, some outreach and partners. */
    private JobRole staffRole(int index) {
        if (index == 0) {
            return JobRole.DEPUTY_MANAGER;
        }
        if (index == 1) {
            return JobRole.CENTRE_ADMINISTRATOR;
        }
        int r = random.nextInt(100);
        if (r < 35) return JobRole.EARLY_YEARS_PRACTITIONER;
        if (r < 65) return JobRole.FAMILY_SUPPORT_WORKER;
        if (r < 80) return JobRole.OUTREACH_WORKER;
        if (r < 88) return JobRole.HEALTH_VISITOR;
        if (r < 94) return JobRole.SOCIAL_WORKER;
        return JobRole.MIDWIFE;
    }

    private List<String> centreNames() {
        List<String> names = new ArrayList<>();
        for (String end : PLACE_END) {
            for (String start : PLACE_START) {
                String name = start + end + " Children's Centre";
                if (!name.equals(DEMO_CENTRE) && !name.equals(OTHER_CENTRE) && !name.equals(RECOMMISSIONED_CENTRE)) {
                    names.add(name);
                }
            }
        }
        java.util.Collections.shuffle(names, random);
        return names;
    }

    private String postcode(String area) {
        return area + (1 + random.nextInt(20)) + " " + (1 + random.nextInt(9))
            + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement(sql, new String[]{"id"});
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }
}
