package org.centrecpd.briefings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.centrecpd.briefings.service.BriefingForm;
import org.centrecpd.briefings.service.BriefingService;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.JobRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo briefings, only with the demo profile, once, written by the demo admin for Eastmoor through the
 * briefing service: one published a month ago and read at most centres, one asking for action by a date (not
 * yet read by the demo practitioner), and one scheduled for next week.
 */
@Component
@Order(70)
@Profile("demo")
class BriefingsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BriefingsDemoData.class);

    private final BriefingService briefings;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    BriefingsDemoData(BriefingService briefings, UserDetailsService users, JdbcTemplate jdbc, Clock clock) {
        this.briefings = briefings;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long existing = jdbc.queryForObject("select count(*) from briefing", Long.class);
        List<Long> eastmoor = jdbc.queryForList("select id from local_authority where name = 'Eastmoor County Council'", Long.class);
        if (existing == null || existing > 0 || eastmoor.isEmpty()) {
            return;
        }
        long authority = eastmoor.getFirst();
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear() % 100;
        var admin = users.loadUserByUsername(DemoLogins.ADMIN);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        try {
            // Published a month ago, to every centre in Eastmoor: most have read it.
            long read = briefings.save(null, null, new BriefingForm(authority, "41/" + year, "Changes to Children's Centre Services: new locality groups",
                today.minusDays(30), "Jo Bright, Early Help commissioning", "early.help@eastmoor.example", BriefingKind.INFORMATION, null, """
                    From the start of next term the county's centres are arranged in **twelve locality groups**, one for each lead provider.

                    - Your centre keeps its name, address and opening hours.
                    - Referrals still come through the Early Help hub.
                    - Your improvement partner will contact each centre manager before the first termly review.
                    """, Set.of(authority), Set.of(), Set.of(), Set.of(), Set.of()));
            briefings.publish(read, false);
            jdbc.update("update briefing_recipient set read_at = ?, read_revision = 1 where briefing_id = ? and mod(id, 7) <> 0",
                java.sql.Timestamp.valueOf(today.minusDays(25).atTime(9, 0)), read);
            // Action required by managers and family support workers, due in three weeks.
            long action = briefings.save(null, null, new BriefingForm(authority, "44/" + year,
                "Changes to Children's Centre Services: updated referral form for targeted support", today.minusDays(3),
                "Sam Okafor, Early Help hub", "hub@eastmoor.example", BriefingKind.ACTION_REQUIRED, today.plusDays(21), """
                    The referral form for targeted family support changes. **What changes:** the form asks for the family's consent
                    to share with health visiting, and the hub replies within five working days.

                    **What you need to do:** read the new form with your team and confirm below once old paper copies are removed.
                    """, Set.of(authority), Set.of(), Set.of(), Set.of(),
                Set.of(JobRole.CENTRE_MANAGER, JobRole.FAMILY_SUPPORT_WORKER)));
            briefings.publish(action, false);
            // Scheduled for next week.
            long scheduled = briefings.save(null, null, new BriefingForm(authority, "45/" + year,
                "Changes to Children's Centre Services: summer opening times", today.plusDays(7), "Jo Bright, Early Help commissioning",
                "early.help@eastmoor.example", BriefingKind.INFORMATION, null, """
                    Centres open until 6pm on Thursdays during the summer holidays; the stay-and-play timetable follows.
                    """, Set.of(authority), Set.of(), Set.of(), Set.of(), Set.of()));
            briefings.publish(scheduled, false);
            log.info("Demo briefings: {} published and mostly read, {} action required, {} scheduled", read, action, scheduled);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
