package org.centrecpd.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.reviews.domain.Review;
import org.centrecpd.reviews.service.DueLine;
import org.centrecpd.reviews.service.ReviewActions;
import org.centrecpd.reviews.service.ReviewLists;
import org.centrecpd.reviews.service.ReviewService;
import org.centrecpd.reviews.service.TermCalendar;
import org.centrecpd.reviews.service.TermChoice;
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
 * Demo reviews, only with the demo profile, once: the terms of this and the previous school year; Helen (the
 * demo partner) has signed off last term's review of Ashbrook, with two actions (one done by Daniel, the
 * manager, one overdue with Amara), and has a draft for this term. Made through the review service as Helen
 * and Daniel, so the demo follows the same rules (and stores the same snapshot) as the app.
 */
@Component
@Order(60)
@Profile("demo")
class ReviewsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReviewsDemoData.class);
    static final String PARTNER = org.centrecpd.demo.DemoLogins.PARTNER;
    static final String MANAGER = org.centrecpd.demo.DemoLogins.MANAGER;

    private final ReviewService reviews;
    private final ReviewActions actions;
    private final ReviewLists lists;
    private final TermCalendar calendar;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReviewsDemoData(ReviewService reviews, ReviewActions actions, ReviewLists lists, TermCalendar calendar, UserDetailsService users, JdbcTemplate jdbc, Clock clock) {
        this.reviews = reviews;
        this.actions = actions;
        this.lists = lists;
        this.calendar = calendar;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Long existing = jdbc.queryForObject("select count(*) from review", Long.class);
        List<Long> ashbrook = jdbc.queryForList("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        List<Long> people = jdbc.queryForList("select id from person where email in (?, ?) order by email", Long.class,
            MANAGER, org.centrecpd.demo.DemoLogins.PRACTITIONER);
        if (existing == null || existing > 0 || ashbrook.isEmpty() || people.size() < 2) {
            return;
        }
        long centre = ashbrook.getFirst();
        long daniel = people.get(0);
        long amara = people.get(1);
        LocalDate today = LocalDate.now(clock);
        TermChoice now = as(PARTNER, lists::currentTerm);
        TermChoice before = now.previous();
        calendar.ensureDefaults(now.schoolYear() - 1);
        calendar.ensureDefaults(now.schoolYear());
        long signed = as(PARTNER, () -> {
            long id = reviews.start(centre, termOf(before, centre));
            Map<String, Review.Judged> judged = new HashMap<>();
            for (CorePurposeArea area : CorePurposeArea.values()) {
                judged.put(area.id(), switch (area) {
                    case ENGAGING_PARENTS -> new Review.Judged(Judgement.STRONG,
                        "Stay-and-play sessions are well attended and parents help to plan them.");
                    case TARGETED_SUPPORT -> new Review.Judged(Judgement.NEEDS_ATTENTION,
                        "Overdue training in managing change leaves family support workers unsure of the new referral route.");
                    case PARTNERSHIP_WORKING -> new Review.Judged(Judgement.STRONG,
                        "Health visitors now run a weekly clinic from the centre.");
                    default -> new Review.Judged(Judgement.DEVELOPING, "Practice is sound; evidence of impact is still thin.");
                });
            }
            var page = reviews.open(id);
            reviews.write(id, page.version(), page.termLastDay().minusDays(20),
                "A welcoming centre with strong links to health partners; parents shape the universal offer.",
                "Bring required training up to date before the new service model starts; record outcomes for targeted families.",
                judged);
            actions.add(id, "Complete the required course on managing change with the family support team", amara, today.minusDays(10));
            actions.add(id, "Agree a simple outcomes record for families on targeted support", daniel, today.plusDays(20));
            reviews.share(id);
            return id;
        });
        as(MANAGER, () -> {
            reviews.respond(signed, Map.of(CorePurposeArea.TARGETED_SUPPORT.id(),
                "Agreed: two of the team have started the course; the rest are booked on the next workshop."), Map.of());
            return null;
        });
        as(PARTNER, () -> {
            reviews.signOff(signed);
            return null;
        });
        as(MANAGER, () -> {
            long done = reviews.open(signed).actions().get(1).id();
            actions.markDone(done, "Outcomes sheet agreed at the team meeting and in use since.");
            return null;
        });
        long draft = as(PARTNER, () -> {
            long id = reviews.start(centre, termOf(now, centre));
            var page = reviews.open(id);
            reviews.write(id, page.version(), null, "", "", Map.of(CorePurposeArea.ENGAGING_PARENTS.id(),
                new Review.Judged(Judgement.STRONG, "Parents' forum meets monthly.")));
            return id;
        });
        log.info("Demo reviews: Ashbrook's review of last term signed off ({}), this term's in draft ({})", signed, draft);
    }

    private long termOf(TermChoice term, long centre) {
        return lists.due(term).stream().filter(l -> l.centreId() == centre).map(DueLine::termId).findFirst()
            .orElseThrow(() -> new IllegalStateException("Ashbrook is not due for review in " + term));
    }

    private <T> T as(String username, Callable<T> action) throws Exception {
        var user = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return action.call();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
