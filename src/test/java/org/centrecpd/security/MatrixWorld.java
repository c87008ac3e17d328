package org.centrecpd.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centrecpd.briefings.BriefingKind;
import org.centrecpd.briefings.service.BriefingFiles;
import org.centrecpd.briefings.service.BriefingForm;
import org.centrecpd.briefings.service.BriefingService;
import org.centrecpd.casestudies.service.CaseStudyForm;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.LeadershipQuality;
import org.centrecpd.journal.ReflectiveModel;
import org.centrecpd.journal.service.EntryDraft;
import org.centrecpd.journal.service.JournalService;
import org.centrecpd.journal.service.JournalSharing;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.reviews.service.ReviewService;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.Fixture.Login;
import org.centrecpd.training.service.CpdRecordService;
import org.centrecpd.workshops.service.SessionForm;
import org.centrecpd.workshops.service.SessionService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The people and records the authorisation matrix opens: two authorities ("here" and "there"), each with one
 * centre, and one person of each kind; the records (a journal entry, a shared entry, a case-study draft with a
 * document, a review, a briefing, a workshop session, a certificate, copies of personal data) all belong to
 * "here", made through the services as their authors would make them. Made once per test JVM.
 */
final class MatrixWorld {

    /** Who asks. "Here" is where the records live. */
    enum Who {
        ADMIN, PARTNER_OVERSEEING, PARTNER_NOT_OVERSEEING, MANAGER_HERE, MANAGER_ELSEWHERE, PRACTITIONER_HERE,
        PRACTITIONER_ELSEWHERE, VISITOR
    }

    final long centreHere;
    final long centreThere;
    final Map<Who, Login> logins;
    final long entry;
    final long sharedEntry;
    final long caseStudy;
    final long attachment;
    final long review;
    final long briefing;
    /** A document of {@link #briefing}, which went to the centre here. */
    long briefingFile;
    final long workshop;
    final String certificate;
    final String copyToken;
    final String leaverToken;
    final long rule;
    final String calendarFeed;

    private static MatrixWorld made;

    static synchronized MatrixWorld of(ApplicationContext spring) throws Exception {
        if (made == null) {
            made = new MatrixWorld(spring);
        }
        return made;
    }

    private MatrixWorld(ApplicationContext spring) throws Exception {
        JdbcTemplate jdbc = spring.getBean(JdbcTemplate.class);
        Fixture here = new Fixture(jdbc, "Matrixshire");
        Fixture there = new Fixture(jdbc, "Elsewhereshire");
        centreHere = here.centre("Here");
        centreThere = there.centre("There");
        here.arrangement(centreHere, here.provider("Here Trust"), null, Fixture.SINCE, null);
        there.arrangement(centreThere, there.provider("There Trust"), null, Fixture.SINCE, null);
        Login admin = here.login("Ada Matrix", Role.ADMIN, null, JobRole.CENTRE_ADMINISTRATOR);
        Login partnerHere = here.login("Pat Overseeing", Role.IMPROVEMENT_PARTNER, null, JobRole.IMPROVEMENT_PARTNER);
        here.oversee(partnerHere.personId());
        Login partnerThere = there.login("Pip Elsewhere", Role.IMPROVEMENT_PARTNER, null, JobRole.IMPROVEMENT_PARTNER);
        there.oversee(partnerThere.personId());
        Login managerHere = here.login("Mo Here", Role.CENTRE_MANAGER, centreHere, JobRole.CENTRE_MANAGER);
        Login managerThere = there.login("Max There", Role.CENTRE_MANAGER, centreThere, JobRole.CENTRE_MANAGER);
        Login practitionerHere = here.login("Priya Here", Role.PRACTITIONER, centreHere, JobRole.FAMILY_SUPPORT_WORKER);
        Login practitionerThere = there.login("Pete There", Role.PRACTITIONER, centreThere, JobRole.FAMILY_SUPPORT_WORKER);
        logins = Map.of(Who.ADMIN, admin, Who.PARTNER_OVERSEEING, partnerHere, Who.PARTNER_NOT_OVERSEEING, partnerThere,
            Who.MANAGER_HERE, managerHere, Who.MANAGER_ELSEWHERE, managerThere, Who.PRACTITIONER_HERE, practitionerHere,
            Who.PRACTITIONER_ELSEWHERE, practitionerThere);

        JournalService journal = spring.getBean(JournalService.class);
        entry = Fixture.as(practitionerHere, () -> journal.finish(new EntryDraft(null, 0, "Matrix private entry", ReflectiveModel.FREE,
            "Only mine.", Map.of(), Set.of(), Set.of(), null, false, null)).id());
        sharedEntry = Fixture.as(practitionerHere, () -> {
            long id = journal.finish(new EntryDraft(null, 0, "Matrix shared entry", ReflectiveModel.FREE, "For supervision.", Map.of(),
                Set.of(), Set.of(), null, false, null)).id();
            spring.getBean(JournalSharing.class).share(List.of(id), managerHere.personId());
            return id;
        });

        CaseStudyService caseStudies = spring.getBean(CaseStudyService.class);
        caseStudy = Fixture.as(managerHere, () -> caseStudies.create(new CaseStudyForm("Matrix draft study", "A draft about Here.", null,
            2024, Set.of(centreHere), Set.of(CorePurposeArea.values()[0]), Set.of(LeadershipQuality.VISION), Set.of(), null)));
        Path upload = Files.createTempFile("matrix", ".txt");
        Files.writeString(upload, "Notes of the matrix draft.");
        attachment = Fixture.as(managerHere, () -> caseStudies.attach(caseStudy, "notes.txt", upload)).id();

        jdbc.update("insert into review_term (local_authority_id, school_year, season, valid_from, valid_to) values (?, 2019, 'AUTUMN', ?, ?)",
            here.authority, Date.valueOf(LocalDate.of(2019, 9, 1)), Date.valueOf(LocalDate.of(2099, 1, 1)));
        long term = jdbc.queryForObject("select id from review_term where local_authority_id = ?", Long.class, here.authority);
        review = Fixture.as(partnerHere, () -> spring.getBean(ReviewService.class).start(centreHere, term));

        BriefingService briefings = spring.getBean(BriefingService.class);
        briefing = Fixture.as(admin, () -> {
            long id = briefings.save(null, null, new BriefingForm(here.authority, "M/1", "Matrix briefing", LocalDate.of(2024, 3, 1),
                "Jo Bright", null, BriefingKind.values()[0], LocalDate.of(2024, 3, 20), "Body", Set.of(), Set.of(), Set.of(),
                Set.of(centreHere), Set.of()));
            Path pdf = Files.createTempFile("matrix", ".pdf");
            Files.writeString(pdf, "%PDF-1.4\n%%EOF\n");
            briefingFile = spring.getBean(BriefingFiles.class).attach(id, "matrix.pdf", pdf);
            briefings.publish(id, false);
            return id;
        });

        long facilitator = here.login("Fay Facilitator", Role.PRACTITIONER, centreHere, JobRole.OUTREACH_WORKER).personId();
        workshop = Fixture.as(partnerHere, () -> spring.getBean(SessionService.class).schedule(new SessionForm(
            here.course("managing-change"), centreHere, LocalDate.of(2099, 6, 1), LocalTime.of(9, 30), LocalTime.of(12, 0), centreHere,
            "Community room", null, 12, null, Set.of(facilitator), null)));

        here.completed(practitionerHere.personId(), "managing-change", LocalDate.of(2024, 3, 1));
        long completion = jdbc.queryForObject("select id from course_completion where person_id = ?", Long.class,
            practitionerHere.personId());
        certificate = Fixture.as(practitionerHere, () -> spring.getBean(CpdRecordService.class).certificate(completion).code());

        long course = here.course("managing-change");
        rule = Fixture.as(managerHere, () -> spring.getBean(org.centrecpd.training.service.AssignmentRules.class)
            .create(org.centrecpd.training.service.RuleForm.forCentres(course, java.util.Set.of(centreHere), 30)));
        String feed = Fixture.as(practitionerHere, () -> spring.getBean(org.centrecpd.notifications.service.CalendarFeeds.class).issueMine());
        calendarFeed = feed.substring(feed.indexOf("/calendar/"));
        copyToken = OneTimeTokens.newToken();
        leaverToken = OneTimeTokens.newToken();
        for (var copy : List.of(Map.entry("SELF", copyToken), Map.entry("LEAVER", leaverToken))) {
            jdbc.update("""
                insert into subject_access_request (person_id, channel, raised_by, received_on, due_on, token_hash, link_expires_at)
                values (?, ?, ?, ?, ?, ?, ?)""", practitionerHere.personId(), copy.getKey(), practitionerHere.email(),
                Date.valueOf(LocalDate.now()), Date.valueOf(LocalDate.now().plusMonths(1)), OneTimeTokens.hash(copy.getValue()),
                java.sql.Timestamp.from(java.time.Instant.now().plus(java.time.Duration.ofDays(3650))));
        }
    }
}
