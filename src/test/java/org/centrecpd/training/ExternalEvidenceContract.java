package org.centrecpd.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.Role;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.TestClock;
import org.centrecpd.training.domain.EvidenceRow;
import org.centrecpd.training.domain.ExternalEvidence;
import org.centrecpd.training.service.Assigning;
import org.centrecpd.training.service.AssignmentService;
import org.centrecpd.training.service.CpdRecordService;
import org.centrecpd.training.service.EvidenceForm;
import org.centrecpd.training.service.EvidenceService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * External CPD evidence (issue 32 §3), on each database: recorded by the practitioner, verified or sent back by their
 * line manager; verified evidence counts in CPD hours and, mapped to a course, completes its assignment (a completion
 * with source EXTERNAL_EVIDENCE, valid from the evidence's date); the certificate file downloads only for the person,
 * their line managers and those whose scope covers them.
 */
abstract class ExternalEvidenceContract {

    @Autowired
    EvidenceService evidence;
    @Autowired
    AssignmentService assigning;
    @Autowired
    CpdRecordService records;
    @Autowired
    org.centrecpd.journal.service.JournalExport portfolio;
    @Autowired
    org.centrecpd.journal.service.JournalService journal;
    @Autowired
    org.centrecpd.training.service.EvidenceFiles evidenceFiles;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static final byte[] PDF = "%PDF-1.4 certificate of attendance".getBytes(StandardCharsets.UTF_8);

    private EvidenceForm level3(LocalDate on) {
        return new EvidenceForm("Level 3 safeguarding", "Local safeguarding partnership", on, new BigDecimal("6.5"),
            Set.of(CorePurposeArea.TARGETED_SUPPORT), null, new EvidenceForm.Upload("level3.pdf", "application/pdf", PDF));
    }

    @Test
    void verifiedEvidenceMappedToACourseCompletesItsAssignmentAndCountsItsHours() throws Exception {
        Fixture f = new Fixture(jdbc);
        long centre = f.centre("Alder");
        Fixture.Login manager = f.login("Mo Manager", Role.CENTRE_MANAGER, centre, JobRole.CENTRE_MANAGER);
        Fixture.Login worker = f.login("Pip Practitioner", Role.PRACTITIONER, centre, JobRole.FAMILY_SUPPORT_WORKER);
        long course = f.course("safeguarding-refresher");
        LocalDate today = LocalDate.now(clock);
        Fixture.as(manager, () -> assigning.assign(Assigning.toPeople(course, Set.of(worker.personId()), today.plusDays(30), true, 24)));
        LocalDate done = today.minusDays(10);

        long id = Fixture.as(worker, () -> evidence.record(level3(done)));
        assertThat(Fixture.as(manager, () -> evidence.waitingForMe())).extracting(EvidenceRow::id).contains(id);
        assertThat(Fixture.as(worker, () -> records.myRecord()).years()).as("not counted before it is verified")
            .noneMatch(y -> y.external() > 0);

        Fixture.as(manager, () -> {
            evidence.verify(id, course);
            return null;
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
            "select count(*) from assignment where person_id = ? and course_id = ? and completed_on is not null", Long.class,
            worker.personId(), course) == 1);
        assertThat(jdbc.queryForObject("select completed_on from assignment where person_id = ? and course_id = ?", java.sql.Date.class,
            worker.personId(), course).toLocalDate()).isEqualTo(done);
        assertThat(jdbc.queryForObject("select expires_on from assignment where person_id = ? and course_id = ?", java.sql.Date.class,
            worker.personId(), course).toLocalDate()).as("valid for the course's validity from the evidence's date").isEqualTo(done.plusMonths(24));
        assertThat(jdbc.queryForObject("select source from course_completion where person_id = ? and course_id = ?", String.class,
            worker.personId(), course)).isEqualTo("EXTERNAL_EVIDENCE");
        var record = Fixture.as(worker, () -> records.myRecord());
        assertThat(record.years()).filteredOn(y -> y.year() == done.getYear()).singleElement().satisfies(y -> {
            assertThat(y.external()).isEqualTo(1);
            assertThat(y.hours()).isEqualByComparingTo("6.5"); // the mapped completion credits none: counted once
        });
        assertThat(record.evidence()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(ExternalEvidence.Status.VERIFIED);
            assertThat(e.courseTitle()).isNotBlank();
        });
        // The portfolio (journal module) has it, through the journal's ExternalLearning question.
        assertThat(Fixture.as(worker, () -> portfolio.markdown(org.centrecpd.journal.service.EntryFilter.all(), java.util.Locale.UK)))
            .contains("## Learning done elsewhere (verified)", "| Level 3 safeguarding | Local safeguarding partnership |");
        assertThat(Fixture.as(worker, () -> portfolio.pdf(org.centrecpd.journal.service.EntryFilter.all(), java.util.Locale.UK))).isNotEmpty();
    }

    @Test
    void evidenceSentBackWithACommentDoesNotCountUntilVerified() throws Exception {
        Fixture f = new Fixture(jdbc);
        long centre = f.centre("Birch");
        Fixture.Login manager = f.login("Meg Manager", Role.CENTRE_MANAGER, centre, JobRole.CENTRE_MANAGER);
        Fixture.Login worker = f.login("Rae Worker", Role.PRACTITIONER, centre, JobRole.EARLY_YEARS_PRACTITIONER);
        LocalDate done = LocalDate.now(clock).minusDays(3);
        long id = Fixture.as(worker, () -> evidence.record(level3(done)));

        assertThatThrownBy(() -> Fixture.as(manager, () -> {
            evidence.sendBack(id, " ");
            return null;
        })).isInstanceOf(RuleViolation.class);
        Fixture.as(manager, () -> {
            evidence.sendBack(id, "Please attach the certificate's second page.");
            return null;
        });
        EvidenceRow returned = Fixture.as(worker, () -> evidence.mine()).getFirst();
        assertThat(returned.status()).isEqualTo(ExternalEvidence.Status.RETURNED);
        assertThat(returned.reviewComment()).isEqualTo("Please attach the certificate's second page.");
        assertThat(Fixture.as(worker, () -> records.myRecord()).years()).noneMatch(y -> y.external() > 0);

        Fixture.as(worker, () -> {
            evidence.resubmit(id, level3(done));
            return null;
        });
        assertThat(Fixture.as(manager, () -> evidence.waitingForMe())).extracting(EvidenceRow::id).contains(id);
        Fixture.as(manager, () -> {
            evidence.verify(id, null);
            return null;
        });
        assertThat(Fixture.as(worker, () -> records.myRecord()).years()).filteredOn(y -> y.year() == done.getYear())
            .singleElement().satisfies(y -> assertThat(y.external()).isEqualTo(1));
    }

    @Test
    void theCertificateDownloadsOnlyForThePersonTheirManagersAndTheirScope() throws Exception {
        Fixture f = new Fixture(jdbc);
        long alder = f.centre("Alder");
        long birch = f.centre("Birch");
        Fixture.Login manager = f.login("Ian Manager", Role.CENTRE_MANAGER, alder, JobRole.CENTRE_MANAGER);
        Fixture.Login worker = f.login("Kit Worker", Role.PRACTITIONER, alder, JobRole.FAMILY_SUPPORT_WORKER);
        Fixture.Login colleague = f.login("Cal Colleague", Role.PRACTITIONER, alder, JobRole.FAMILY_SUPPORT_WORKER);
        Fixture.Login otherManager = f.login("Ola Manager", Role.CENTRE_MANAGER, birch, JobRole.CENTRE_MANAGER);
        Fixture.Login partner = f.login("Pam Partner", Role.IMPROVEMENT_PARTNER, null, JobRole.IMPROVEMENT_PARTNER);
        f.oversee(partner.personId());
        long id = Fixture.as(worker, () -> evidence.record(level3(LocalDate.now(clock).minusDays(1))));

        assertThat(Fixture.as(worker, () -> evidence.certificate(id)).content()).isEqualTo(PDF);
        assertThat(Fixture.as(manager, () -> evidence.certificate(id)).name()).isEqualTo("level3.pdf");
        assertThat(Fixture.as(partner, () -> evidence.certificate(id)).content()).isEqualTo(PDF);
        assertThatThrownBy(() -> Fixture.as(colleague, () -> evidence.certificate(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixture.as(otherManager, () -> evidence.certificate(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixture.as(otherManager, () -> {
            evidence.verify(id, null);
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixture.as(colleague, () -> {
            evidence.resubmit(id, level3(LocalDate.now(clock)));
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThat(Fixture.as(otherManager, () -> evidence.waitingForMe())).extracting(EvidenceRow::id).doesNotContain(id);
    }

    @Test
    void verifyingAndSendingBackAreInTheAuditLog() throws Exception {
        Fixture f = new Fixture(jdbc);
        long centre = f.centre("Cedar");
        Fixture.Login manager = f.login("Ann Auditor", Role.CENTRE_MANAGER, centre, JobRole.CENTRE_MANAGER);
        Fixture.Login worker = f.login("Ben Worker", Role.PRACTITIONER, centre, JobRole.FAMILY_SUPPORT_WORKER);
        long course = f.course("safeguarding-refresher");
        long id = Fixture.as(worker, () -> evidence.record(level3(LocalDate.now(clock).minusDays(2))));

        Fixture.as(manager, () -> {
            evidence.sendBack(id, "Which level was it?");
            return null;
        });
        Fixture.as(worker, () -> {
            evidence.resubmit(id, level3(LocalDate.now(clock).minusDays(2)));
            return null;
        });
        Fixture.as(manager, () -> {
            evidence.verify(id, course);
            return null;
        });

        var lines = jdbc.queryForList("select action, actor, detail from audit_event where subject = ? order by id", worker.email());
        assertThat(lines).extracting(l -> l.get("action")).containsExactly("EXTERNAL_CPD_SENT_BACK", "EXTERNAL_CPD_VERIFIED");
        assertThat(lines).extracting(l -> l.get("actor")).containsOnly(manager.email());
        assertThat((String) lines.get(0).get("detail")).contains("evidence " + id, "Level 3 safeguarding", "Which level was it?");
        assertThat((String) lines.get(1).get("detail")).contains("evidence " + id, "counts as course " + course);
    }

    @Test
    void onlyMyOwnJournalEntriesAreOfferedAndLinked() throws Exception {
        Fixture f = new Fixture(jdbc);
        long centre = f.centre("Damson");
        Fixture.Login worker = f.login("Cy Reflective", Role.PRACTITIONER, centre, JobRole.FAMILY_SUPPORT_WORKER);
        Fixture.Login colleague = f.login("Di Colleague", Role.PRACTITIONER, centre, JobRole.FAMILY_SUPPORT_WORKER);
        String word = "Quokka" + System.nanoTime();
        long mine = Fixture.as(worker, () -> entry(word + " what I learnt at the partnership"));
        long theirs = Fixture.as(colleague, () -> entry(word + " my colleague's private thoughts"));

        assertThat(Fixture.as(worker, () -> evidence.myReflections(word, 0, 50)))
            .extracting(org.centrecpd.journal.service.ReflectionChoice::id).containsExactly(mine);
        assertThat(Fixture.as(worker, () -> evidence.myReflections("", 0, 50)))
            .extracting(org.centrecpd.journal.service.ReflectionChoice::id).contains(mine).doesNotContain(theirs);

        EvidenceForm withTheirs = new EvidenceForm("Level 3 safeguarding", "Local safeguarding partnership",
            LocalDate.now(clock).minusDays(1), BigDecimal.ONE, Set.of(), theirs, null);
        assertThatThrownBy(() -> Fixture.as(worker, () -> evidence.record(withTheirs))).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from external_evidence where journal_entry_id = ?", Long.class, theirs)).isZero();

        EvidenceForm withMine = new EvidenceForm("Level 3 safeguarding", "Local safeguarding partnership",
            LocalDate.now(clock).minusDays(1), BigDecimal.ONE, Set.of(), mine, null);
        long id = Fixture.as(worker, () -> evidence.record(withMine));
        assertThat(Fixture.as(worker, () -> evidence.linkedReflection(id))).get()
            .satisfies(r -> assertThat(r.title()).startsWith(word));
        assertThatThrownBy(() -> Fixture.as(colleague, () -> evidence.linkedReflection(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixture.as(worker, () -> {
            evidence.resubmit(id, withTheirs);
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("select journal_entry_id from external_evidence where id = ?", Long.class, id)).isEqualTo(mine);
    }

    @Test
    void aReplacedOrDeletedCertificateFileLeavesTheStoreUnlessOtherEvidenceHasIt() throws Exception {
        Fixture f = new Fixture(jdbc);
        long centre = f.centre("Elder");
        Fixture.Login manager = f.login("Eve Manager", Role.CENTRE_MANAGER, centre, JobRole.CENTRE_MANAGER);
        Fixture.Login worker = f.login("Fin Worker", Role.PRACTITIONER, centre, JobRole.FAMILY_SUPPORT_WORKER);
        String unique = "%PDF-1.4 " + System.nanoTime();
        LocalDate done = LocalDate.now(clock).minusDays(5);
        long id = Fixture.as(worker, () -> evidence.record(withFile(done, unique + " first")));
        String first = sha(id);
        assertThat(evidenceFiles.stored(first)).isTrue();

        Fixture.as(manager, () -> {
            evidence.sendBack(id, "That is the wrong certificate.");
            return null;
        });
        Fixture.as(worker, () -> {
            evidence.resubmit(id, withFile(done, unique + " second"));
            return null;
        });
        String second = sha(id);
        assertThat(second).isNotEqualTo(first);
        assertThat(evidenceFiles.stored(first)).as("the replaced file is gone").isFalse();
        assertThat(evidenceFiles.stored(second)).isTrue();
        assertThat(Fixture.as(worker, () -> evidence.certificate(id)).content()).isEqualTo((unique + " second").getBytes(StandardCharsets.UTF_8));

        // The same file attached to two pieces: deleting one keeps it for the other.
        long twin = Fixture.as(worker, () -> evidence.record(withFile(done, unique + " second")));
        Fixture.as(worker, () -> {
            evidence.delete(id);
            return null;
        });
        assertThat(jdbc.queryForObject("select count(*) from external_evidence where id = ?", Long.class, id)).isZero();
        assertThat(evidenceFiles.stored(second)).as("still the twin's certificate").isTrue();
        Fixture.as(worker, () -> {
            evidence.delete(twin);
            return null;
        });
        assertThat(evidenceFiles.stored(second)).as("nobody's any more").isFalse();

        // Verified evidence counts and stays; nobody else deletes mine.
        long kept = Fixture.as(worker, () -> evidence.record(withFile(done, unique + " third")));
        assertThatThrownBy(() -> Fixture.as(manager, () -> {
            evidence.delete(kept);
            return null;
        })).isInstanceOf(NotFoundException.class);
        Fixture.as(manager, () -> {
            evidence.verify(kept, null);
            return null;
        });
        assertThatThrownBy(() -> Fixture.as(worker, () -> {
            evidence.delete(kept);
            return null;
        })).isInstanceOf(RuleViolation.class);
        assertThat(evidenceFiles.stored(sha(kept))).isTrue();
    }

    private EvidenceForm withFile(LocalDate on, String content) {
        return new EvidenceForm("Paediatric first aid", "Red Cross", on, new BigDecimal("3"), Set.of(), null,
            new EvidenceForm.Upload("first-aid.pdf", "application/pdf", content.getBytes(StandardCharsets.UTF_8)));
    }

    private String sha(long evidenceId) {
        return jdbc.queryForObject("select certificate_sha256 from external_evidence where id = ?", String.class, evidenceId);
    }

    private long entry(String title) {
        return journal.finish(new org.centrecpd.journal.service.EntryDraft(null, 0, title, org.centrecpd.journal.ReflectiveModel.FREE,
            "What I took from it.", java.util.Map.of(), Set.of(), Set.of(), null, false, null)).id();
    }
}
