package org.centrecpd.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.casestudies.Documents;
import org.centrecpd.casestudies.search.CaseStudySearch;
import org.centrecpd.casestudies.search.SearchRequest;
import org.centrecpd.casestudies.search.SearchResults;
import org.centrecpd.casestudies.service.CaseStudyForm;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.base.files.FileStore;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.LeadershipQuality;
import org.centrecpd.privacy.service.Erasure;
import org.centrecpd.privacy.service.LegalHolds;
import org.centrecpd.privacy.service.SubjectAccess;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Erasure on a verified request of someone who has left: the admin sees first what goes and what must stay and why;
 * erasing takes their journal and their case-study draft (its search entry and its stored file with it), anonymises
 * their sign-in and their name on case studies, keeps the training evidence; refused for someone still employed or
 * held, and to anyone but an admin.
 */
@CentreTest
class ErasureTest {

    @Autowired
    Erasure erasure;
    @Autowired
    LegalHolds holds;
    @Autowired
    SubjectAccess subjectAccess;
    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    CaseStudySearch search;
    @Autowired
    FileStore files;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path folder;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAdminErasesALeaverAfterThePreviewAndTheSearchNoLongerFindsThem() throws Exception {
        PrivacyPeople people = new PrivacyPeople(jdbc);
        Fixture.signIn(people.manager);
        long draft = caseStudies.create(new CaseStudyForm("Mo's marmalade mornings", "Breakfast with dads.", null, 2025,
            Set.of(people.centre), Set.of(CorePurposeArea.ENGAGING_PARENTS), Set.of(LeadershipQuality.INTEGRATED_WORKING), Set.of(), null));
        caseStudies.attach(draft, "notes.pdf", Documents.pdf(folder, "notes.pdf", "The quizzical pelican visited on Tuesdays."));
        String sha = jdbc.queryForObject("select sha256 from case_study_attachment where case_study_id = ?", String.class, draft);
        waitUntilSearchable(draft);
        assertThat(search.search(SearchRequest.of("quizzical pelican"), 0, 10).hits()).extracting(SearchResults.Hit::id).containsExactly(draft);
        assertThat(search.search(SearchRequest.of("marmalade"), 0, 10).hits()).extracting(SearchResults.Hit::id).containsExactly(draft);
        var request = subjectAccess.requestMine();
        people.entry(people.manager.personId(), "Mo worries about the budget");
        people.org.completed(people.manager.personId(), "core-purpose", LocalDate.of(2025, 9, 1));

        Fixture.signIn(people.admin);
        assertThatThrownBy(() -> erasure.preview(people.manager.personId())).as("still employed")
            .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageKey", "privacy.erase.stillEmployed");
        people.leaves(people.manager, LocalDate.now().minusDays(1));
        holds.place(people.manager.personId(), "Complaint under investigation");
        assertThatThrownBy(() -> erasure.preview(people.manager.personId())).isInstanceOf(RuleViolation.class)
            .hasFieldOrPropertyWithValue("messageKey", "privacy.erase.held");
        holds.lift(people.manager.personId());

        var preview = erasure.preview(people.manager.personId());
        assertThat(preview).filteredOn(l -> l.kind().key().equals("journal-entries")).singleElement()
            .matches(l -> l.erasedNow() && l.rows() == 1);
        assertThat(preview).filteredOn(l -> l.kind().key().equals("casestudies-drafts")).singleElement()
            .matches(l -> l.erasedNow() && l.rows() == 1);
        assertThat(preview).filteredOn(l -> l.kind().key().equals("courses-completions")).singleElement()
            .matches(l -> !l.erasedNow() && l.rows() == 1 && l.keptUntil().equals(LocalDate.now().minusDays(1).plusMonths(72)));
        assertThat(jdbc.queryForObject("select count(*) from journal_entry where person_id = ?", Long.class, people.manager.personId()))
            .as("a preview changes nothing").isEqualTo(1);

        assertThatThrownBy(() -> erasure.erase(people.manager.personId(), " ")).isInstanceOf(RuleViolation.class);
        Fixture.signIn(people.ada);
        assertThatThrownBy(() -> erasure.erase(people.manager.personId(), "letter")).isInstanceOf(AccessDeniedException.class);
        Fixture.signIn(people.admin);
        erasure.erase(people.manager.personId(), "Signed letter, identity checked by HR on 1 December");

        assertThat(jdbc.queryForObject("select count(*) from journal_entry where person_id = ?", Long.class, people.manager.personId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from case_study where id = ?", Long.class, draft)).isZero();
        assertThat(jdbc.queryForObject("select username from user_account where person_id = ?", String.class, people.manager.personId()))
            .endsWith("@erased.invalid");
        assertThat(jdbc.queryForObject("select count(*) from course_completion where person_id = ?", Long.class, people.manager.personId()))
            .as("training evidence kept").isEqualTo(1);
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'PERSON_ERASED' and subject = ?", String.class,
            people.manager.email())).contains("Signed letter", "journal-entries: 1", "casestudies-drafts: 1");

        // Their own search, as they were signed in: the author finds their drafts, so an entry left behind would show.
        Fixture.signIn(people.manager);
        assertThat(search.search(SearchRequest.of("quizzical pelican"), 0, 10).total()).isZero();
        assertThat(search.search(SearchRequest.of("marmalade"), 0, 10).total()).isZero();
        assertThat(files.exists(sha)).as("the stored file").isFalse();
        assertThatThrownBy(() -> subjectAccess.copy(request.id())).as("links to a copy stop working")
            .isInstanceOf(org.centrecpd.base.NotFoundException.class);
    }

    private void waitUntilSearchable(long caseStudy) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String status = jdbc.queryForObject("select status from case_study_attachment where case_study_id = ?", String.class, caseStudy);
            if ("SEARCHABLE".equals(status)) {
                Thread.sleep(300);
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The document was not read within 60 s");
    }
}
