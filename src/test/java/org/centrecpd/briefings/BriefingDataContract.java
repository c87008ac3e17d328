package org.centrecpd.briefings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.briefings.domain.Rows;
import org.centrecpd.briefings.service.BriefingFiles;
import org.centrecpd.briefings.service.BriefingForm;
import org.centrecpd.briefings.service.BriefingPage;
import org.centrecpd.briefings.service.BriefingReading;
import org.centrecpd.briefings.service.BriefingService;
import org.centrecpd.briefings.service.BriefingTracking;
import org.centrecpd.briefings.service.Tracking;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.Role;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Briefings on each database: the audience resolved as at the publication date through the organisation's
 * history and kept; read and done; who may track; one reference per authority; scheduling. The clock is
 * 1 March 2026.
 */
abstract class BriefingDataContract {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    BriefingService briefings;
    @Autowired
    BriefingReading reading;
    @Autowired
    BriefingTracking trackers;
    @Autowired
    BriefingFiles files;

    Fixture fx;
    long provider;
    long otherProvider;
    long centreA;
    long centreB;
    long centreC;
    Fixture.Login admin;
    Fixture.Login practitionerA;
    Fixture.Login managerA;
    Fixture.Login practitionerC;
    Fixture.Login partner;
    Fixture.Login partnerElsewhere;
    long movesLater;
    long joinsLater;

    @BeforeEach
    void organisation() {
        clock.setDay(TODAY);
        fx = new Fixture(jdbc, "Briefshire");
        provider = fx.provider("Lead One");
        otherProvider = fx.provider("Lead Two");
        centreA = fx.centre("Ash");
        centreB = fx.centre("Beech");
        centreC = fx.centre("Cedar");
        fx.arrangement(centreA, provider, null, Fixture.SINCE, null);
        fx.arrangement(centreB, provider, null, Fixture.SINCE, null);
        fx.arrangement(centreC, otherProvider, null, Fixture.SINCE, null);
        admin = fx.login("Ada Admin", Role.ADMIN, null, JobRole.CENTRE_ADMINISTRATOR);
        practitionerA = fx.login("Pia Ash", Role.PRACTITIONER, centreA, JobRole.FAMILY_SUPPORT_WORKER);
        managerA = fx.login("Mia Ash", Role.CENTRE_MANAGER, centreA, JobRole.CENTRE_MANAGER);
        practitionerC = fx.login("Cy Cedar", Role.PRACTITIONER, centreC, JobRole.FAMILY_SUPPORT_WORKER);
        partner = fx.login("Pat Partner", Role.IMPROVEMENT_PARTNER, null, JobRole.IMPROVEMENT_PARTNER);
        fx.oversee(partner.personId());
        Fixture other = new Fixture(jdbc, "Otherbrief");
        partnerElsewhere = other.login("Ola Elsewhere", Role.IMPROVEMENT_PARTNER, null, JobRole.IMPROVEMENT_PARTNER);
        other.oversee(partnerElsewhere.personId());
        // At B on the publication date (1 March), at C from 10 March: the briefing stays B's.
        movesLater = fx.person("Mo Later");
        fx.employ(movesLater, centreB, JobRole.OUTREACH_WORKER, Fixture.SINCE, LocalDate.of(2026, 3, 10));
        fx.employ(movesLater, centreC, JobRole.OUTREACH_WORKER, LocalDate.of(2026, 3, 10), null);
        // Starts at A after the publication date: not a recipient.
        joinsLater = fx.person("Jo Later");
        fx.employ(joinsLater, centreA, JobRole.FAMILY_SUPPORT_WORKER, LocalDate.of(2026, 3, 5), null);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private BriefingForm form(String reference, LocalDate on, BriefingKind kind, Set<Long> providers, Set<JobRole> roles) {
        return new BriefingForm(fx.authority, reference, "Changes to Children's Centre Services " + reference, on, "Jo Bright",
            "jo@example.org", kind, kind == BriefingKind.ACTION_REQUIRED ? on.plusDays(14) : null, "What **changes** from when.",
            Set.of(), providers, Set.of(), Set.of(), roles);
    }

    private long publish(BriefingForm form) throws Exception {
        return Fixture.as(admin, () -> {
            long id = briefings.save(null, null, form);
            briefings.publish(id);
            return id;
        });
    }

    private java.util.List<Long> recipientsAt(long id, long centre) {
        return jdbc.queryForList("select person_id from briefing_recipient where briefing_id = ? and centre_id = ? order by person_id",
            Long.class, id, centre);
    }

    @Test
    void theAudienceIsResolvedAsAtPublicationAndKept() throws Exception {
        long preview = Fixture.as(admin, () -> briefings.preview(briefings.save(null, null, form("1/26", TODAY, BriefingKind.INFORMATION,
            Set.of(provider), Set.of()))));
        assertThat(preview).isEqualTo(3);
        long id = publish(form("2/26", TODAY, BriefingKind.INFORMATION, Set.of(provider), Set.of()));
        assertThat(recipientsAt(id, centreA)).containsExactlyInAnyOrder(practitionerA.personId(), managerA.personId());
        assertThat(recipientsAt(id, centreB)).containsExactly(movesLater);
        assertThat(recipientsAt(id, centreC)).isEmpty();
        // Later moves and joiners change nothing.
        clock.setDay(LocalDate.of(2026, 3, 20));
        assertThat(recipientsAt(id, centreB)).containsExactly(movesLater);
        assertThat(jdbc.queryForObject("select count(*) from briefing_recipient where briefing_id = ? and person_id = ?", Long.class,
            id, joinsLater)).isZero();
        // Jobs narrow the places; jobs alone reach the briefing's own authority.
        long managers = publish(form("3/26", TODAY, BriefingKind.INFORMATION, Set.of(), Set.of(JobRole.CENTRE_MANAGER)));
        assertThat(jdbc.queryForList("select person_id from briefing_recipient where briefing_id = ?", Long.class, managers))
            .containsExactly(managerA.personId());
    }

    @Test
    void aRecipientReadsAndMarksDoneAndTheTrackerCountsItWithinTheirScope() throws Exception {
        long id = publish(form("4/26", TODAY, BriefingKind.ACTION_REQUIRED, Set.of(provider, otherProvider), Set.of()));
        assertThat(Fixture.as(practitionerA, () -> reading.mine())).extracting(Rows.MyBriefing::id, Rows.MyBriefing::isUnread)
            .contains(org.assertj.core.api.Assertions.tuple(id, true));
        assertThat(Fixture.as(practitionerA, () -> reading.open(id).title())).isEqualTo("Changes to Children's Centre Services 4/26");
        Fixture.as(practitionerA, () -> {
            reading.markDone(id, "Old forms removed");
            return null;
        });
        Tracking tracking = Fixture.as(admin, () -> trackers.tracking(id));
        assertThat(tracking.recipients()).isEqualTo(4);
        assertThat(tracking.read()).isEqualTo(1);
        assertThat(tracking.done()).isEqualTo(1);
        assertThat(tracking.centres()).filteredOn(c -> c.centreId() == centreA).singleElement()
            .satisfies(c -> assertThat(c.read()).isEqualTo(1));
        assertThat(tracking.unread()).extracting(Rows.Unread::name).contains("Mia Ash", "Mo Later", "Cy Cedar").doesNotContain("Pia Ash");
        assertThat(Fixture.as(partner, () -> trackers.tracking(id).read())).isEqualTo(1);
        assertThat(Fixture.as(admin, () -> briefings.all())).filteredOn(l -> l.id() == id).singleElement()
            .satisfies(l -> assertThat(l.read()).isEqualTo(1));
    }

    @Test
    void onlyRecipientsTheAuthorAndOverseeingPartnersReachABriefing() throws Exception {
        long id = publish(form("5/26", TODAY, BriefingKind.INFORMATION, Set.of(provider), Set.of()));
        for (Fixture.Login outsider : new Fixture.Login[] {partnerElsewhere, practitionerC}) {
            assertThatThrownBy(() -> Fixture.as(outsider, () -> reading.open(id))).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> Fixture.as(partnerElsewhere, () -> trackers.tracking(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixture.as(partnerElsewhere, () -> trackers.remind(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixture.as(practitionerC, () -> {
            reading.markDone(id, "x");
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixture.as(practitionerA, () -> trackers.tracking(id)))
            .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(Fixture.as(partner, () -> reading.open(id).mayTrack())).isTrue();
        assertThat(Fixture.as(partnerElsewhere, () -> trackers.overseen())).noneMatch(l -> l.id() == id);
    }

    @Test
    void documentsGoToWhoeverMayReadTheBriefingAndAreNotFoundForAnyoneElse() throws Exception {
        long id = Fixture.as(admin, () -> briefings.save(null, null, form("9/26", TODAY, BriefingKind.INFORMATION, Set.of(provider), Set.of())));
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        java.io.ByteArrayOutputStream word = new java.io.ByteArrayOutputStream();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            doc.createParagraph().createRun().setText("Opening hours from April");
            doc.write(word);
        }
        // A name that tries to climb out of its folder and to hide its real ending behind a right-to-left override.
        long pdfId = attach(id, "..\\..\\notice\u202Efdp.exe.pdf", pdf);
        long wordId = attach(id, "Opening hours.docx", word.toByteArray());
        assertThat(Fixture.as(admin, () -> files.of(id))).extracting(BriefingPage.Document::fileName, BriefingPage.Document::kind)
            .containsExactly(tuple("noticefdp.exe.pdf", "PDF"), tuple("Opening hours.docx", "Word"));
        // Refused by content, whatever the name says; and empty files.
        assertThatThrownBy(() -> attach(id, "notice.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageKey", "briefings.file.type");
        assertThatThrownBy(() -> attach(id, "empty.pdf", new byte[0])).isInstanceOf(RuleViolation.class)
            .hasFieldOrPropertyWithValue("messageKey", "briefings.file.empty");
        // Not sent yet: not even its future recipients reach its documents.
        assertThatThrownBy(() -> Fixture.as(practitionerA, () -> reading.download(pdfId))).isInstanceOf(NotFoundException.class);

        Fixture.as(admin, () -> briefings.publish(id, false));
        for (Fixture.Login reader : new Fixture.Login[] {practitionerA, managerA, partner, admin}) {
            assertThat(Fixture.as(reader, () -> read(pdfId))).as(reader.name()).isEqualTo(pdf);
        }
        assertThat(Fixture.as(practitionerA, () -> reading.download(wordId).fileName())).isEqualTo("Opening hours.docx");
        assertThat(jdbc.queryForObject("select count(*) from briefing_recipient where briefing_id = ? and read_at is not null", Long.class, id))
            .as("downloading is not reading").isZero();
        assertThat(Fixture.as(practitionerA, () -> reading.open(id).documents())).extracting(BriefingPage.Document::id)
            .containsExactly(pdfId, wordId);
        for (Fixture.Login outsider : new Fixture.Login[] {practitionerC, partnerElsewhere}) {
            assertThatThrownBy(() -> Fixture.as(outsider, () -> reading.download(pdfId))).as(outsider.name())
                .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> Fixture.as(practitionerA, () -> reading.download(Long.MAX_VALUE))).isInstanceOf(NotFoundException.class);
        // What was sent is what recipients keep.
        assertThatThrownBy(() -> attach(id, "late.pdf", pdf)).isInstanceOf(RuleViolation.class)
            .hasFieldOrPropertyWithValue("messageKey", "briefings.file.sent");
        assertThatThrownBy(() -> Fixture.as(admin, () -> {
            files.remove(pdfId);
            return null;
        })).isInstanceOf(RuleViolation.class);
        Path mine = Files.createTempFile("briefing-test-", ".pdf");
        Files.write(mine, pdf);
        assertThatThrownBy(() -> Fixture.as(practitionerA, () -> files.attach(id, "mine.pdf", mine)))
            .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        Files.deleteIfExists(mine);
    }

    private long attach(long briefing, String name, byte[] content) throws Exception {
        Path file = Files.createTempFile("briefing-test-", ".bin");
        try {
            Files.write(file, content);
            return Fixture.as(admin, () -> files.attach(briefing, name, file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private byte[] read(long attachment) throws Exception {
        try (var in = reading.download(attachment).content()) {
            return in.readAllBytes();
        }
    }

    @Test
    void aReferenceIsUniqueWithinItsAuthority() throws Exception {
        publish(form("6/26", TODAY, BriefingKind.INFORMATION, Set.of(provider), Set.of()));
        assertThatThrownBy(() -> Fixture.as(admin, () -> briefings.save(null, null, form("6/26", TODAY, BriefingKind.INFORMATION,
            Set.of(provider), Set.of())))).isInstanceOf(RuleViolation.class);
        long author = admin.accountId();
        assertThatThrownBy(() -> jdbc.update("""
                insert into briefing (local_authority_id, reference, title, publication_date, contact_name, kind, body, status,
                                      author_account_id, author_name, created_at)
                values (?, '6/26', 'Again', date '2026-03-01', 'X', 'INFORMATION', 'x', 'DRAFT', ?, 'X', current_timestamp)""",
            fx.authority, author)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aScheduledBriefingIsSentOnItsDateToWhoeverWorksThereThen() throws Exception {
        long id = publish(form("7/26", LocalDate.of(2026, 3, 6), BriefingKind.INFORMATION, Set.of(provider), Set.of()));
        assertThat(jdbc.queryForObject("select status from briefing where id = ?", String.class, id)).isEqualTo("SCHEDULED");
        assertThat(Fixture.as(practitionerA, () -> reading.mine())).noneMatch(b -> b.id() == id);
        clock.setDay(LocalDate.of(2026, 3, 6));
        briefings.publishScheduled();
        assertThat(jdbc.queryForObject("select status from briefing where id = ?", String.class, id)).isEqualTo("PUBLISHED");
        assertThat(recipientsAt(id, centreA)).contains(joinsLater);
    }

    @Test
    void aRevisionKeepsTheEarlierWordingAndWithdrawingKeepsTheHistory() throws Exception {
        long id = publish(form("8/26", TODAY, BriefingKind.INFORMATION, Set.of(provider), Set.of()));
        Fixture.as(practitionerA, () -> reading.open(id));
        Fixture.as(admin, () -> {
            briefings.revise(id, briefings.editing(id).version(), "Corrected title", "New words", null);
            return null;
        });
        Rows.MyBriefing mine = Fixture.as(practitionerA, () -> reading.mine()).stream().filter(b -> b.id() == id).findFirst().orElseThrow();
        assertThat(mine.isRevisedSinceRead()).isTrue();
        var page = Fixture.as(practitionerA, () -> reading.open(id));
        assertThat(page.earlier()).extracting(e -> e.title()).containsExactly("Changes to Children's Centre Services 8/26");
        Fixture.as(admin, () -> {
            briefings.withdraw(id);
            return null;
        });
        assertThat(Fixture.as(practitionerA, () -> reading.open(id).status())).isEqualTo(BriefingStatus.WITHDRAWN);
    }
}
