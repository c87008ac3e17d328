package org.centrecpd.operations;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centrecpd.casestudies.search.CaseStudySearch;
import org.centrecpd.casestudies.search.SearchRequest;
import org.centrecpd.casestudies.service.CaseStudyForm;
import org.centrecpd.casestudies.service.CaseStudyReview;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.courses.service.LearningService;
import org.centrecpd.courses.service.UnitCompletion;
import org.centrecpd.courses.service.UnitPage;
import org.centrecpd.journal.ReflectiveModel;
import org.centrecpd.journal.service.Entry;
import org.centrecpd.journal.service.EntryDraft;
import org.centrecpd.journal.service.JournalQueries;
import org.centrecpd.journal.service.JournalService;
import org.centrecpd.journal.service.Saved;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.workshops.domain.PersonChoice;
import org.centrecpd.workshops.service.BookingService;
import org.centrecpd.workshops.service.SessionForm;
import org.centrecpd.workshops.service.SessionService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What {@link KillNineTest} drives the app through: each write calls the service the app's own view calls, as the
 * signed-in person (the session of a real form sign-in, through the app's own security filters, CSRF included), and
 * answers only after the service has returned, i.e. after its transaction committed: the moment a view says "Saved".
 * <p>
 * Test sources only, and only with the profile {@code kill-test}: the class is not in the packaged app at all, and
 * no test context (nor the product) turns the profile on, so it can never answer anywhere else (fail closed).
 */
@RestController
@Profile("kill-test")
@RequestMapping("/kill-test")
class KillTestDriver {

    private final LearningService learning;
    private final JournalService journal;
    private final JournalQueries journalQueries;
    private final SessionService sessions;
    private final BookingService bookings;
    private final CaseStudyService caseStudies;
    private final CaseStudyReview review;
    private final CaseStudySearch search;
    private final AccessScope scope;
    private final JdbcClient jdbc;
    private final Clock clock;

    KillTestDriver(LearningService learning, JournalService journal, JournalQueries journalQueries, SessionService sessions,
                   BookingService bookings, CaseStudyService caseStudies, CaseStudyReview review, CaseStudySearch search,
                   AccessScope scope, JdbcClient jdbc, Clock clock) {
        this.learning = learning;
        this.journal = journal;
        this.journalQueries = journalQueries;
        this.sessions = sessions;
        this.bookings = bookings;
        this.caseStudies = caseStudies;
        this.review = review;
        this.search = search;
        this.scope = scope;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The product's security chain lets through only the addresses it knows (Vaadin's views and the listed
     * downloads); this one adds the driver's, for signed-in people, with the same session and CSRF check.
     */
    @Configuration
    @Profile("kill-test")
    static class Security {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        SecurityFilterChain killTestChain(HttpSecurity http) throws Exception {
            return http.securityMatcher("/kill-test/**").authorizeHttpRequests(auth -> auth.anyRequest().authenticated()).build();
        }
    }

    /**
     * Someone else held the row (two bookers on one session): the person is told to try again, and the test does. A
     * refusal, not an acknowledgement.
     */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<String> busy(ConcurrencyFailureException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body("try again");
    }

    /** Spring's CSRF token of this session, for the POSTs that follow (as a page's _csrf meta tag gives it). */
    @GetMapping("/csrf")
    String csrf(HttpServletRequest request) {
        return ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken();
    }

    /** The reflective questions of a unit: "id" per line, required ones first marked "*". */
    @GetMapping("/unit")
    Map<String, Object> unit(@RequestParam String slug, @RequestParam int order) {
        UnitPage page = learning.openUnit(slug, order);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("questions", page.parts().stream().filter(UnitPage.Reflect.class::isInstance)
            .map(p -> ((UnitPage.Reflect) p).id()).toList());
        out.put("answers", page.answers());
        out.put("complete", page.complete());
        out.put("next", page.nextOrder());
        return out;
    }

    /** The unit player's autosave of a reflective answer. */
    @PostMapping("/answer")
    String answer(@RequestParam String slug, @RequestParam int order, @RequestParam String question, @RequestParam String text) {
        return String.valueOf(learning.saveAnswer(slug, order, question, text));
    }

    /** The unit player's "Complete unit". */
    @PostMapping("/complete")
    String complete(@RequestParam String slug, @RequestParam int order) {
        UnitCompletion done = learning.completeUnit(slug, order);
        return done.missing().isEmpty() ? "complete" : "missing " + done.missing().size();
    }

    /** The journal editor's "Finish entry" of a new entry: its id. */
    @PostMapping("/journal")
    String journal(@RequestParam String title, @RequestParam String body) {
        Saved saved = journal.finish(new EntryDraft(null, 0, title, ReflectiveModel.FREE, body, Map.of(), Set.of(), Set.of(),
            null, false, null));
        return String.valueOf(saved.id());
    }

    /** One of my entries as the journal shows it: title, a line break, body; or 404 if there is none. */
    @GetMapping("/journal")
    String entry(@RequestParam long id) {
        Entry entry = journalQueries.entry(id);
        return entry.title() + "\n" + entry.body();
    }

    /** An organiser schedules a session of a workshop course at one of their centres: its id. */
    @PostMapping("/session")
    String session(@RequestParam int capacity) {
        long centre = sessions.centres().getFirst().id();
        long course = sessions.courses().getFirst().id();
        List<PersonChoice> facilitators = sessions.facilitatorChoices(centre);
        return String.valueOf(sessions.schedule(new SessionForm(course, centre, LocalDate.now(clock).plusDays(30), LocalTime.of(9, 30),
            LocalTime.of(12, 0), centre, "Community room", null, capacity, null,
            facilitators.isEmpty() ? Set.of() : Set.of(facilitators.getFirst().id()), null)));
    }

    /** The people who may be booked onto the session, one id a line. */
    @GetMapping("/staff")
    List<Long> staff(@RequestParam long session) {
        return bookings.staffFor(session).stream().map(PersonChoice::id).toList();
    }

    /** A manager's or partner's booking of a member of staff: BOOKED, WAITLISTED, or what the rules answered. */
    @PostMapping("/book")
    String book(@RequestParam long session, @RequestParam long person) {
        return bookings.book(session, person).name();
    }

    /** The session's capacity and every booking's person and status, as stored. */
    @GetMapping("/bookings")
    Map<String, Object> bookingsOf(@RequestParam long session) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("capacity", jdbc.sql("select capacity from workshop_session where id = :id").param("id", session)
            .query(Integer.class).single());
        Map<String, String> statuses = new LinkedHashMap<>();
        jdbc.sql("select person_id, status from workshop_booking where session_id = :id").param("id", session)
            .query((rs, n) -> statuses.put(String.valueOf(rs.getLong(1)), rs.getString(2))).list();
        out.put("statuses", statuses);
        return out;
    }

    /** A partner writes a case study about one of their centres: its id. */
    @PostMapping("/case-study")
    String caseStudy(@RequestParam String title, @RequestParam String summary) {
        long centre = scope.forSearch().overseen().iterator().next();
        return String.valueOf(caseStudies.create(new CaseStudyForm(title, summary, "Families came back.", 2026, Set.of(centre),
            Set.of(), Set.of(), Set.of(), null)));
    }

    /** Uploads a text document to the case study (read in the background): the attachment's id. */
    @PostMapping("/attach")
    String attach(@RequestParam long caseStudy, @RequestParam String text) throws IOException {
        Path upload = Files.createTempFile("kill-test-upload", ".txt");
        try {
            Files.writeString(upload, text, StandardCharsets.UTF_8);
            return String.valueOf(caseStudies.attach(caseStudy, "notes-" + caseStudy + ".txt", upload).id());
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    /** The partner approves and publishes the case study to everyone. */
    @PostMapping("/publish")
    String publish(@RequestParam long caseStudy) {
        review.approve(caseStudy);
        review.publish(caseStudy, true);
        return "published";
    }

    /** Case study id → its status, and attachment id → its reading status, of case studies whose title starts so. */
    @GetMapping("/case-studies")
    Map<String, Object> caseStudies(@RequestParam String titlePrefix) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, String> studies = new LinkedHashMap<>();
        jdbc.sql("select id, status from case_study where title like :p").param("p", titlePrefix + "%")
            .query((rs, n) -> studies.put(String.valueOf(rs.getLong(1)), rs.getString(2))).list();
        Map<String, String> documents = new LinkedHashMap<>();
        jdbc.sql("""
                select a.id, a.status, a.extracted_text from case_study_attachment a join case_study c on c.id = a.case_study_id
                where c.title like :p""").param("p", titlePrefix + "%")
            .query((rs, n) -> documents.put(String.valueOf(rs.getLong(1)), rs.getString(2)
                + (rs.getString(3) == null ? "" : " " + rs.getString(3).strip()))).list();
        out.put("studies", studies);
        out.put("documents", documents);
        return out;
    }

    /** The ids of the case studies the search finds for these words. */
    @GetMapping("/search")
    List<Long> search(@RequestParam String words) {
        return search.search(SearchRequest.of(words), 0, 50).hits().stream().map(h -> h.id()).toList();
    }
}
