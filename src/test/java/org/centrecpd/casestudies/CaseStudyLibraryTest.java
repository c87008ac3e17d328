package org.centrecpd.casestudies;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.casestudies.domain.ExtractionStatus;
import org.centrecpd.casestudies.search.CaseStudySearch;
import org.centrecpd.casestudies.search.SearchRequest;
import org.centrecpd.casestudies.search.SearchResults;
import org.centrecpd.casestudies.service.CaseStudyCard;
import org.centrecpd.casestudies.service.CaseStudyForm;
import org.centrecpd.casestudies.service.CaseStudyPage;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.LeadershipQuality;
import org.centrecpd.demo.DemoLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The library's promise, through its services: a partner writes a case study about a centre they
 * oversee and uploads a document; its text becomes searchable with a highlight; the draft is seen
 * by nobody else on any path; once published, staff of the centres the partner oversees find it by
 * a phrase that is only inside the document, and staff elsewhere do not.
 */
@CentreTest
class CaseStudyLibraryTest {

    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    org.centrecpd.casestudies.service.CaseStudyReading reading;
    @Autowired
    org.centrecpd.casestudies.service.CaseStudyReview review;
    @Autowired
    CaseStudySearch search;
    @Autowired
    org.centrecpd.casestudies.service.CaseStudyPolicy policy;
    @Autowired
    org.centrecpd.casestudies.search.IndexRebuild rebuild;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.centrecpd.casestudies.service.ExtractionWorker worker;
    @Autowired
    org.centrecpd.casestudies.service.StoredFilesSweep sweep;
    @Autowired
    org.centrecpd.base.files.FileStore files;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;
    @org.springframework.beans.factory.annotation.Value("${centrecpd.files-folder}")
    Path filesFolder;
    @TempDir
    Path folder;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void as(String username) {
        org.centrecpd.support.SignIn.as(users, username);
    }

    private long centre(String name) {
        return jdbc.queryForObject("select id from centre where name = ?", Long.class, name);
    }

    private CaseStudyPage.AttachmentRow waitUntilRead(long caseStudy, long attachment) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            var row = reading.page(caseStudy).attachments().stream().filter(a -> a.id() == attachment).findFirst().orElseThrow();
            if (row.status() == ExtractionStatus.SEARCHABLE || row.status() == ExtractionStatus.FAILED) {
                // The database commit comes a moment before the index is refreshed (the worker's
                // commit waits for it, the page is told after it; a test polling the table may be quicker).
                Thread.sleep(300);
                return row;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The document was not read within 60 s");
    }

    private long draftAboutAshbrook(String title) {
        return draftAboutAshbrook(title, 2025);
    }

    /** Of a year of its own (not 2025), if it is to be published: the first test counts what is published in 2025. */
    private long draftAboutAshbrook(String title, int year) {
        return caseStudies.create(new CaseStudyForm(title, "Family breakfast club run with the school nurse.",
            "More families registered", year, Set.of(centre("Ashbrook Children's Centre")),
            Set.of(CorePurposeArea.ENGAGING_PARENTS), Set.of(LeadershipQuality.INTEGRATED_WORKING), Set.of(), null));
    }

    @Test
    void aPhraseOnlyInsideAPdfIsFoundWithAHighlightByThoseWhoMaySeeItAndNoOneElse() throws Exception {
        as(DemoLogins.PARTNER);
        long id = draftAboutAshbrook("Breakfast club with the school nurse");
        Path pdf = Documents.pdf(folder, "breakfast-club.pdf", "Evaluation of the club",
            "Parents praised the wobbly lighthouse puppet sessions most of all.");
        var row = caseStudies.attach(id, "breakfast-club.pdf", pdf);
        assertThat(row.fileType()).isEqualTo("PDF");
        assertThat(waitUntilRead(id, row.id()).status()).isEqualTo(ExtractionStatus.SEARCHABLE);

        SearchResults found = search.search(SearchRequest.of("wobbly lighthouse"), 0, 10);
        assertThat(found.hits()).extracting(SearchResults.Hit::id).containsExactly(id);
        assertThat(found.hits().getFirst().snippets()).anyMatch(s -> s.contains("<mark>wobbly</mark>") && s.contains("<mark>lighthouse</mark>"));
        // Stemming: "puppets" finds "puppet".
        assertThat(search.search(SearchRequest.of("lighthouse puppets"), 0, 10).hits()).extracting(SearchResults.Hit::id).contains(id);

        // A draft: the practitioner at that centre, another manager, the admin: not in search, not by id, not by download.
        for (String other : new String[]{DemoLogins.PRACTITIONER, DemoLogins.OTHER_MANAGER, DemoLogins.ADMIN}) {
            as(other);
            assertThat(search.search(SearchRequest.of("wobbly lighthouse"), 0, 10).total()).as(other).isZero();
            assertThat(search.search(SearchRequest.of(""), 0, 10).facets().years()).as(other + " facet counts")
                .doesNotContainKey(2025);
            assertThatThrownBy(() -> reading.page(id)).as(other).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> reading.download(row.id())).as(other).isInstanceOf(NotFoundException.class);
        }

        as(DemoLogins.PARTNER);
        review.approve(id);
        review.publish(id, false);

        as(DemoLogins.PRACTITIONER); // works at Ashbrook, which the partner oversees
        assertThat(search.search(SearchRequest.of("wobbly lighthouse"), 0, 10).hits()).extracting(SearchResults.Hit::id).containsExactly(id);
        assertThat(reading.download(row.id()).fileName()).isEqualTo("breakfast-club.pdf");
        assertThat(search.search(SearchRequest.of(""), 0, 10).facets().years()).containsEntry(2025, 1L);

        as(DemoLogins.PARTNER);
        review.withdraw(id, "Superseded");
        as(DemoLogins.PRACTITIONER);
        assertThat(search.search(SearchRequest.of("wobbly lighthouse"), 0, 10).total()).isZero();
        assertThatThrownBy(() -> reading.page(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void otherFormsOfTheWordsTypedAreFoundWithoutCommonWordsAndATitleMatchComesFirst() {
        as(DemoLogins.PARTNER); // the author: sees their drafts
        long inSummary = caseStudies.create(new CaseStudyForm("Wednesday mornings", "Supporting parents at the Thistleby group.",
            null, 2025, Set.of(centre("Ashbrook Children's Centre")), Set.of(), Set.of(), Set.of(), null));
        long inTitle = caseStudies.create(new CaseStudyForm("Supported a parent of the Thistleby group", "Notes of the term.",
            null, 2025, Set.of(centre("Ashbrook Children's Centre")), Set.of(), Set.of(), Set.of(), null));

        // "supports" and "parenting" meet "Supporting parents" and "Supported a parent"; "the" and "of" are not looked for.
        SearchResults found = search.search(SearchRequest.of("the supports of parenting Thistleby"), 0, 10);
        assertThat(found.hits()).extracting(SearchResults.Hit::id).containsExactly(inTitle, inSummary);
        assertThat(found.hits().get(1).snippets()).anyMatch(s -> s.contains("<mark>Supporting</mark>") && s.contains("<mark>Thistleby</mark>"));
    }

    @Test
    void aWithdrawnCaseStudyIsListedApartAndNoLongerAsInProgress() {
        as(DemoLogins.PARTNER);
        long withdrawn = draftAboutAshbrook("Withdrawn after a year", 2017);
        long draft = draftAboutAshbrook("Still being written");
        review.approve(withdrawn);
        review.publish(withdrawn, false);
        review.withdraw(withdrawn, "Superseded");

        var mine = reading.mine();
        assertThat(mine.inProgress()).extracting(CaseStudyCard::id).contains(draft).doesNotContain(withdrawn);
        assertThat(mine.withdrawn()).extracting(CaseStudyCard::id, CaseStudyCard::status)
            .contains(org.assertj.core.groups.Tuple.tuple(withdrawn, org.centrecpd.casestudies.domain.CaseStudyStatus.WITHDRAWN))
            .doesNotContain(org.assertj.core.groups.Tuple.tuple(draft, org.centrecpd.casestudies.domain.CaseStudyStatus.DRAFT));
        // Published ones are in the library, not in either list.
        long published = draftAboutAshbrook("Published and current", 2017);
        review.approve(published);
        review.publish(published, false);
        assertThat(reading.mine().inProgress()).extracting(CaseStudyCard::id).doesNotContain(published);
        assertThat(reading.mine().withdrawn()).extracting(CaseStudyCard::id).doesNotContain(published);
    }

    @Test
    void publishingToEveryoneIsAStepOfItsOwnNotAComment() {
        as(DemoLogins.PARTNER);
        long toEveryone = draftAboutAshbrook("For every centre", 2017);
        review.approve(toEveryone);
        review.publish(toEveryone, true);
        long toRemit = draftAboutAshbrook("For the partner's centres", 2017);
        review.approve(toRemit);
        review.publish(toRemit, false);

        assertThat(reading.page(toEveryone).reviews().getLast()).satisfies(step -> {
            assertThat(step.action()).isEqualTo(org.centrecpd.casestudies.domain.ReviewEntry.Action.PUBLISHED_TO_EVERYONE);
            assertThat(step.comment()).as("nothing the partner wrote").isNull();
        });
        assertThat(reading.page(toRemit).reviews().getLast()).satisfies(step -> {
            assertThat(step.action()).isEqualTo(org.centrecpd.casestudies.domain.ReviewEntry.Action.PUBLISHED);
            assertThat(step.comment()).isNull();
        });
        assertThat(reading.page(toEveryone).publishedToAll()).isTrue();
    }

    @Test
    void theIndexAndTheDatabaseAgreeOnWhoMaySeeEachCaseStudy() {
        // One of each state, by the partner and by Ashbrook's manager, besides whatever the other tests left.
        as(DemoLogins.MANAGER);
        long managersDraft = draftAboutAshbrook("Visible to whom: the manager's draft");
        as(DemoLogins.PARTNER);
        draftAboutAshbrook("Visible to whom: a draft");
        review.requestChanges(draftAboutAshbrook("Visible to whom: changes asked for"), "More detail");
        review.approve(draftAboutAshbrook("Visible to whom: approved"));
        for (boolean toEveryone : new boolean[]{false, true}) {
            long published = draftAboutAshbrook("Visible to whom: published, to everyone " + toEveryone, 2017);
            review.approve(published);
            review.publish(published, toEveryone);
        }
        long withdrawn = draftAboutAshbrook("Visible to whom: withdrawn", 2017);
        review.approve(withdrawn);
        review.publish(withdrawn, true);
        review.withdraw(withdrawn, null);
        review.comment(managersDraft, "Reviewed by its partner");

        List<Long> all = jdbc.queryForList("select id from case_study", Long.class);
        for (String who : new String[]{DemoLogins.PRACTITIONER, DemoLogins.MANAGER, DemoLogins.OTHER_MANAGER, DemoLogins.PARTNER,
                DemoLogins.ADMIN}) {
            as(who);
            List<Long> inDatabase = all.stream().filter(id -> policy.findVisible(id).isPresent()).toList();
            List<Long> inIndex = search.search(SearchRequest.of(""), 0, 10_000).hits().stream().map(SearchResults.Hit::id).toList();
            assertThat(inIndex).as(who).containsExactlyInAnyOrderElementsOf(inDatabase);
        }
    }

    @Test
    void aPartnerWhoDoesNotOverseeTheCentreCannotReachItsDraftOnAnyPath() throws Exception {
        // A second improvement partner, overseeing Southdown only; the draft is about Ashbrook, in Eastmoor.
        String elsewhere = "southdown.partner." + System.nanoTime() + "@fixture.example";
        long southdown = jdbc.queryForObject("select id from local_authority where name = 'Southdown County Council'", Long.class);
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into person (full_name, email, job_role) values ('Sam Southdown', ?, 'IMPROVEMENT_PARTNER')",
                new String[]{"id"});
            ps.setString(1, elsewhere);
            return ps;
        }, key);
        long person = key.getKey().longValue();
        jdbc.update("insert into oversight (person_id, local_authority_id, valid_from) values (?, ?, ?)", person, southdown,
            java.sql.Date.valueOf("2024-04-01"));
        jdbc.update("insert into user_account (username, password_hash, role, person_id, display_name) values (?, 'x', ?, ?, 'Sam Southdown')",
            elsewhere, org.centrecpd.security.Role.IMPROVEMENT_PARTNER.name(), person);
        try {
            draftOutOfReachOf(elsewhere);
        } finally {
            // The database is shared with the other tests of this context, which count the demo's sign-ins.
            jdbc.update("delete from user_account where username = ?", elsewhere);
            jdbc.update("delete from oversight where person_id = ?", person);
            jdbc.update("delete from person where id = ?", person);
        }
    }

    private void draftOutOfReachOf(String elsewhere) throws Exception {
        // Published to everyone, and like the draft below (its area, words of its title): what the draft would
        // bring up as related, were it seen.
        as(DemoLogins.PARTNER);
        long alike = caseStudies.create(new CaseStudyForm("Cardboard boats in the garden", "Boats made from boxes.", null, 2024,
            Set.of(centre("Ashbrook Children's Centre")), Set.of(CorePurposeArea.ENGAGING_PARENTS), Set.of(), Set.of(), null));
        review.approve(alike);
        review.publish(alike, true);
        as(elsewhere);
        assertThat(search.search(SearchRequest.of("cardboard boats"), 0, 10).hits()).extracting(SearchResults.Hit::id).contains(alike);
        var countsBefore = search.search(SearchRequest.of(""), 0, 10).facets();

        as(DemoLogins.PARTNER);
        long id = draftAboutAshbrook("Cardboard city in the garden");
        var row = caseStudies.attach(id, "cardboard-city.pdf", Documents.pdf(folder, "cardboard-city.pdf", "Cardboard city",
            "Children built a periwinkle drawbridge from delivery boxes."));
        assertThat(waitUntilRead(id, row.id()).status()).isEqualTo(ExtractionStatus.SEARCHABLE);
        assertThat(search.search(SearchRequest.of("periwinkle drawbridge"), 0, 10).total()).as("its author finds it").isEqualTo(1);

        as(elsewhere);
        assertThat(search.search(SearchRequest.of("periwinkle drawbridge"), 0, 10).total()).as("search").isZero();
        assertThat(search.search(SearchRequest.of("cardboard city"), 0, 10).hits()).extracting(SearchResults.Hit::id)
            .as("search by its title").doesNotContain(id);
        assertThat(search.search(SearchRequest.of(""), 0, 10).facets()).as("facet counts").isEqualTo(countsBefore);
        assertThat(search.related(id, 3)).as("case studies like it, ranked by what it says").isEmpty();
        assertThat(reading.mine().inProgress()).extracting(CaseStudyCard::id).as("drafts to review")
            .doesNotContain(id);
        assertThatThrownBy(() -> reading.page(id)).as("its page").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reading.download(row.id())).as("its document's address").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> review.comment(id, "Lovely")).as("a comment").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> review.approve(id)).as("approval").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> caseStudies.removeAttachment(id, row.id())).as("removing its document")
            .isInstanceOf(NotFoundException.class);

        as(DemoLogins.PARTNER); // its author sees what is like it
        assertThat(search.related(id, 3)).extracting(SearchResults.Hit::id).contains(alike);
    }

    @Test
    void snippetsComeFromTheDocumentsFirstThenFromTheSummary() throws Exception {
        as(DemoLogins.PARTNER);
        long id = draftAboutAshbrook("Weekly nurse visits"); // summary: "Family breakfast club run with the school nurse."
        var row = caseStudies.attach(id, "notes.pdf", Documents.pdf(folder, "notes.pdf", "Attendance doubled once the nurse came weekly."));
        assertThat(waitUntilRead(id, row.id()).status()).isEqualTo(ExtractionStatus.SEARCHABLE);

        // In both: the document's passage, then the summary's.
        assertThat(snippets(id, "nurse")).satisfiesExactly(
            inDocument -> assertThat(inDocument).contains("Attendance doubled once the <mark>nurse</mark>"),
            inSummary -> assertThat(inSummary).contains("the school <mark>nurse</mark>"));
        // Only in the summary.
        assertThat(snippets(id, "school")).singleElement().asString().contains("the <mark>school</mark> nurse");
        // The words found in different places: each snippet marks those in its own text.
        assertThat(snippets(id, "weekly breakfast")).satisfiesExactly(
            inDocument -> assertThat(inDocument).contains("the nurse came <mark>weekly</mark>"),
            inSummary -> assertThat(inSummary).contains("Family <mark>breakfast</mark> club").doesNotContain("<mark>nurse"));
        // A phrase is marked as a phrase, and what is not a word of the query is never marked.
        assertThat(snippets(id, "\"breakfast club\" school")).last().asString()
            .contains(phraseMarked()).contains("<mark>school</mark>").doesNotContain("<mark>Family");
    }

    /** How the phrase "breakfast club" is marked in a snippet: as one by Lucene 10's highlighter. */
    String phraseMarked() {
        return "<mark>breakfast club</mark>";
    }

    @Test
    void severalDocumentsOfOneCaseStudyUploadedTogetherAreEachFoundAndEachShownAsSearchable() throws Exception {
        as(DemoLogins.PARTNER);
        long id = draftAboutAshbrook("Four documents at once");
        java.util.Map<Long, ExtractionStatus> last = new java.util.concurrent.ConcurrentHashMap<>();
        Runnable stop = worker.onChange(change -> last.put(change.attachmentId(), change.status()));
        try {
            // Read close together, they are saved and indexed in batches: none may be lost on the way.
            String[] phrases = {"marmalade allotment", "kaleidoscope picnic", "origami lantern", "tambourine parade"};
            List<Long> rows = new java.util.ArrayList<>();
            for (String phrase : phrases) {
                rows.add(caseStudies.attach(id, phrase + ".pdf",
                    Documents.pdf(folder, phrase.replace(' ', '-') + ".pdf", "Our families enjoyed the " + phrase + " together.")).id());
            }
            for (long row : rows) {
                assertThat(waitUntilRead(id, row).status()).isEqualTo(ExtractionStatus.SEARCHABLE);
            }
            for (String phrase : phrases) {
                assertThat(snippets(id, phrase)).singleElement().asString()
                    .contains("the <mark>" + phrase.replace(" ", "</mark> <mark>") + "</mark>");
            }
            // Every open page showing them was told that each became searchable.
            assertThat(rows).allSatisfy(row -> assertThat(last).containsEntry(row, ExtractionStatus.SEARCHABLE));
        } finally {
            stop.run();
        }
    }

    @Test
    void aWrongDocumentIsTakenOffADraftAndLeavesItsPageSearchAndDownloadAddress() throws Exception {
        as(DemoLogins.PARTNER);
        // Of another year than the other tests' case studies, as it is published at the end.
        long id = caseStudies.create(new CaseStudyForm("Wrong upload", "Music sessions.", null, 2019, Set.of(centre("Ashbrook Children's Centre")),
            Set.of(), Set.of(), Set.of(), null));
        var wrong = caseStudies.attach(id, "payroll.pdf", Documents.pdf(folder, "payroll.pdf", "Confidential xylophone payroll figures."));
        Path plan = Documents.pdf(folder, "plan.pdf", "The xylophone session plan.");
        var right = caseStudies.attach(id, "plan.pdf", plan);
        String wrongFile = jdbc.queryForObject("select sha256 from case_study_attachment where id = ?", String.class, wrong.id());
        String rightFile = jdbc.queryForObject("select sha256 from case_study_attachment where id = ?", String.class, right.id());
        assertThat(waitUntilRead(id, wrong.id()).status()).isEqualTo(ExtractionStatus.SEARCHABLE);
        assertThat(waitUntilRead(id, right.id()).status()).isEqualTo(ExtractionStatus.SEARCHABLE);
        assertThat(search.search(SearchRequest.of("payroll"), 0, 10).hits()).extracting(SearchResults.Hit::id).containsExactly(id);

        // Nobody but those who may edit it can take a document off: another manager does not even find the case study.
        as(DemoLogins.OTHER_MANAGER);
        assertThatThrownBy(() -> caseStudies.removeAttachment(id, wrong.id())).isInstanceOf(NotFoundException.class);
        as(DemoLogins.PARTNER);
        // A document of another case study is not found through this one.
        long other = draftAboutAshbrook("Another draft");
        assertThatThrownBy(() -> caseStudies.removeAttachment(other, wrong.id())).isInstanceOf(NotFoundException.class);

        assertThat(caseStudies.removeAttachment(id, wrong.id())).isEqualTo("payroll.pdf");
        assertThat(reading.page(id).attachments()).extracting(CaseStudyPage.AttachmentRow::fileName).containsExactly("plan.pdf");
        assertThat(search.search(SearchRequest.of("payroll"), 0, 10).total()).isZero();
        assertThat(search.search(SearchRequest.of("xylophone"), 0, 10).hits()).extracting(SearchResults.Hit::id).containsExactly(id);
        assertThatThrownBy(() -> reading.download(wrong.id())).isInstanceOf(NotFoundException.class);
        // Its stored file is deleted by the nightly sweep once it is a day old; a file another document shares is kept.
        long elsewhere = draftAboutAshbrook("Sharing a file");
        caseStudies.removeAttachment(elsewhere, caseStudies.attach(elsewhere, "plan-copy.pdf", plan).id());
        for (String hash : List.of(wrongFile, rightFile)) {
            java.nio.file.Files.setLastModifiedTime(filesFolder.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash),
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(Duration.ofDays(2))));
        }
        assertThat(files.exists(wrongFile)).isTrue();
        sweep.run();
        assertThat(files.exists(wrongFile)).isFalse();
        assertThat(files.exists(rightFile)).isTrue();
        assertThat(reading.download(right.id()).fileName()).isEqualTo("plan.pdf");
        // Twice (another tab): not found, nothing else changes.
        assertThatThrownBy(() -> caseStudies.removeAttachment(id, wrong.id())).isInstanceOf(NotFoundException.class);
        assertThat(reading.page(id).attachments()).hasSize(1);

        // Once published, its documents are fixed: withdrawing is the way back.
        review.approve(id);
        review.publish(id, false);
        assertThatThrownBy(() -> caseStudies.removeAttachment(id, right.id()))
            .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("casestudies.published.locked");
        assertThat(reading.page(id).attachments()).hasSize(1);
    }

    @Test
    void whoMaySeeACaseStudyDoesNotChangeItsRank() {
        long ashbrook = centre("Ashbrook Children's Centre");
        as(DemoLogins.MANAGER);
        long theirs = caseStudies.create(new CaseStudyForm("Ranking by words, theirs", "A short summary.", "quokka", 2025,
            Set.of(ashbrook), Set.of(), Set.of(), Set.of(), null));
        as(DemoLogins.PARTNER);
        long mine = caseStudies.create(new CaseStudyForm("Ranking by words, mine", "A short summary.", "quokka visits", 2025,
            Set.of(ashbrook), Set.of(), Set.of(), Set.of(), null));
        // The partner may see both: the manager's draft as the overseer of its centre, their own as its author
        // too. The closer match (the word alone in a shorter text) comes first all the same.
        assertThat(search.search(SearchRequest.of("quokka"), 0, 10).hits()).extracting(SearchResults.Hit::id)
            .containsExactly(theirs, mine);
    }

    private List<String> snippets(long id, String words) {
        return search.search(SearchRequest.of(words), 0, 50).hits().stream().filter(h -> h.id() == id).findFirst()
            .orElseThrow().snippets();
    }

    @Test
    void aDocumentIsAcceptedByItsContentNotItsName() throws Exception {
        as(DemoLogins.PARTNER);
        long id = draftAboutAshbrook("Named wrongly");
        Path wordNamedPdf = Documents.docx(folder, "minutes.pdf", "Minutes of the parents' forum about the quince orchard.");
        var row = caseStudies.attach(id, "minutes.pdf", wordNamedPdf);
        assertThat(row.fileType()).isEqualTo("Word");
        assertThat(waitUntilRead(id, row.id()).status()).isEqualTo(ExtractionStatus.SEARCHABLE);
        assertThat(search.search(SearchRequest.of("quince orchard"), 0, 10).hits()).extracting(SearchResults.Hit::id).containsExactly(id);

        Path program = Documents.text(folder, "report.pdf", "");
        java.nio.file.Files.write(program, new byte[]{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0});
        assertThatThrownBy(() -> caseStudies.attach(id, "report.pdf", program))
            .isInstanceOf(RuleViolation.class)
            .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("casestudies.file.type");
        assertThat(reading.page(id).attachments()).hasSize(1);
    }

    @Test
    void aDamagedDocumentFailsWithItsReasonAndTheLibraryCarriesOn() throws Exception {
        as(DemoLogins.PARTNER);
        long id = draftAboutAshbrook("Damaged upload");
        Path whole = Documents.pdf(folder, "whole.pdf", "Our outreach van visited the cherry blossom estate.");
        // Starts like a PDF (so it is accepted as one), then nothing a PDF reader can use.
        byte[] noise = new byte[20_000];
        new java.util.Random(7).nextBytes(noise);
        byte[] head = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + noise.length);
        System.arraycopy(noise, 0, bytes, head.length, noise.length);
        Path truncated = java.nio.file.Files.write(folder.resolve("broken.pdf"), bytes);
        var broken = caseStudies.attach(id, "broken.pdf", truncated);
        var good = caseStudies.attach(id, "whole.pdf", whole);
        var brokenRow = waitUntilRead(id, broken.id());
        assertThat(waitUntilRead(id, good.id()).status()).isEqualTo(ExtractionStatus.SEARCHABLE);
        assertThat(brokenRow.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(brokenRow.failureKey()).isEqualTo("casestudies.file.damaged");
        assertThat(search.search(SearchRequest.of("cherry blossom"), 0, 10).hits()).extracting(SearchResults.Hit::id).containsExactly(id);
    }

    @Test
    void aCaseStudySavedWhileItsDocumentIsReadIsFoundByTheDocumentsWordsAndItsNewTitle() throws Exception {
        as(DemoLogins.PARTNER);
        long id = draftAboutAshbrook("Lantern parade");
        var row = caseStudies.attach(id, "lantern.pdf",
            Documents.pdf(folder, "lantern.pdf", "Our families made a willow lantern procession for the winter fair."));
        // The partner saves the case study while its document is being read, and the save commits only after
        // the document's text has been saved and indexed: the save's view of the documents is from before.
        tx.executeWithoutResult(t -> {
            CaseStudyPage page = reading.page(id);
            caseStudies.update(id, page.version(), new CaseStudyForm("Winter lantern parade", page.summary(), page.outcomes(),
                page.year(), page.centreIds(), page.areas(), page.qualities(), page.ages(), page.basedOn()));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!"SEARCHABLE".equals(jdbc.queryForObject("select status from case_study_attachment where id = ?", String.class, row.id()))) {
                assertThat(System.nanoTime()).as("the document is read within 60 s").isLessThan(deadline);
                sleep(50);
            }
            sleep(300); // the reader's own commit waits for its index refresh; the table is written a moment before
        });
        // Found by words only inside the document, under the title saved: neither save hides the other's change.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<SearchResults.Hit> hits = List.of();
        while (System.nanoTime() < deadline && hits.isEmpty()) {
            hits = search.search(SearchRequest.of("willow lantern procession"), 0, 10).hits();
            sleep(100);
        }
        assertThat(hits).extracting(SearchResults.Hit::id, SearchResults.Hit::title).containsExactly(
            org.assertj.core.groups.Tuple.tuple(id, "Winter lantern parade"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void changesToOneCaseStudyAtTheSameMomentAreAllDoneAndTheSameDocumentTwiceIsRefused() throws Exception {
        as(DemoLogins.PARTNER);
        long id = draftAboutAshbrook("One copy of each document");
        Path report = Documents.pdf(folder, "report.pdf", "Our toy library lent out more than a hundred story sacks.");
        caseStudies.attach(id, "report.pdf", report);
        // A second click, or the same file saved again under another name: found by its content.
        Path copy = java.nio.file.Files.copy(report, folder.resolve("report (1).pdf"));
        assertThatThrownBy(() -> caseStudies.attach(id, "report (1).pdf", copy))
            .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                assertThat(refused.messageKey()).isEqualTo("casestudies.file.alreadyAttached");
                assertThat(refused.arguments()).containsExactly("report (1).pdf", "report.pdf");
            });
        assertThat(reading.page(id).attachments()).extracting(CaseStudyPage.AttachmentRow::fileName).containsExactly("report.pdf");

        // The same document sent twice at the same moment (two uploads in flight): one copy is kept.
        Path plan = Documents.pdf(folder, "plan.pdf", "Next year the story sacks go to every childminder in the network.");
        assertThat(atTheSameMoment(id, Map.of("plan.pdf", plan, "plan again.pdf", plan)).values())
            .containsExactlyInAnyOrder("kept", "casestudies.file.alreadyAttached");
        // Two different documents dropped together: both kept (each waits for the other to be saved; neither
        // fails on the case study having changed meanwhile).
        Path poster = Documents.pdf(folder, "poster.pdf", "Story sacks: borrow one at the Tuesday stay and play.");
        Path letter = Documents.pdf(folder, "letter.pdf", "A thank-you letter from the childminders' network.");
        assertThat(atTheSameMoment(id, Map.of("poster.pdf", poster, "letter.pdf", letter)).values()).containsExactly("kept", "kept");
        assertThat(reading.page(id).attachments()).extracting(CaseStudyPage.AttachmentRow::fileName)
            .hasSize(4).contains("report.pdf", "poster.pdf", "letter.pdf").containsAnyOf("plan.pdf", "plan again.pdf");
        // One taken off while another is added: both done.
        long first = reading.page(id).attachments().stream().filter(a -> a.fileName().equals("report.pdf")).findFirst().orElseThrow().id();
        Path minutes = Documents.pdf(folder, "minutes.pdf", "Minutes of the parents' forum about the story sacks.");
        assertThat(atTheSameMoment(Map.of(
            "minutes.pdf", () -> caseStudies.attach(id, "minutes.pdf", minutes),
            "report.pdf", () -> caseStudies.removeAttachment(id, first))).values()).containsExactly("done", "done");
        assertThat(reading.page(id).attachments()).extracting(CaseStudyPage.AttachmentRow::fileName)
            .hasSize(4).contains("minutes.pdf").doesNotContain("report.pdf");
        // Approved by the partner while a document is added: both done.
        Path photos = Documents.pdf(folder, "photos.pdf", "Photographs of the story sack launch.");
        assertThat(atTheSameMoment(Map.of(
            "approve", () -> {
                review.approve(id);
                return null;
            },
            "photos.pdf", () -> caseStudies.attach(id, "photos.pdf", photos))).values()).containsExactly("done", "done");
        assertThat(reading.page(id).status()).isEqualTo(org.centrecpd.casestudies.domain.CaseStudyStatus.APPROVED);
        assertThat(reading.page(id).attachments()).hasSize(5);
    }

    /** Uploads each file (by name) to the case study from its own thread, all at once: "kept", or why it was refused. */
    private Map<String, String> atTheSameMoment(long id, Map<String, Path> files) throws Exception {
        Map<String, java.util.concurrent.Callable<?>> uploads = new java.util.TreeMap<>();
        files.forEach((name, file) -> uploads.put(name, () -> caseStudies.attach(id, name, file)));
        Map<String, String> outcomes = atTheSameMoment(uploads);
        outcomes.replaceAll((name, outcome) -> outcome.equals("done") ? "kept" : outcome);
        return outcomes;
    }

    /** Does each, as the partner, from its own thread, all at once: "done", or why it was refused, by name. */
    private Map<String, String> atTheSameMoment(Map<String, java.util.concurrent.Callable<?>> work) throws Exception {
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(work.size());
        try {
            Map<String, java.util.concurrent.Future<String>> each = new java.util.TreeMap<>();
            work.forEach((name, task) -> each.put(name, pool.submit(() -> {
                as(DemoLogins.PARTNER);
                start.await();
                try {
                    task.call();
                    return "done";
                } catch (RuleViolation refused) {
                    return refused.messageKey();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            })));
            start.countDown();
            Map<String, String> outcomes = new java.util.TreeMap<>();
            for (var one : each.entrySet()) {
                outcomes.put(one.getKey(), one.getValue().get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAdminRebuildsTheIndexFromTheDatabaseWithProgressAndNothingIsLost() throws Exception {
        as(DemoLogins.PARTNER);
        long id = draftAboutAshbrook("Rebuilt from the database");
        as(DemoLogins.ADMIN);
        java.util.List<org.centrecpd.casestudies.search.IndexRebuild.Progress> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        rebuild.start(seen::add).get(60, java.util.concurrent.TimeUnit.SECONDS);
        long inDatabase = jdbc.queryForObject("select count(*) from case_study", Long.class);
        assertThat(seen.getLast()).isEqualTo(new org.centrecpd.casestudies.search.IndexRebuild.Progress(inDatabase, inDatabase, true));
        as(DemoLogins.PARTNER);
        assertThat(search.search(SearchRequest.of("Rebuilt from the database"), 0, 10).hits()).extracting(SearchResults.Hit::id).contains(id);
        as(DemoLogins.PRACTITIONER);
        assertThatThrownBy(() -> rebuild.start(p -> { })).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aCaseStudyIsPlacedInTheGroupAndProviderItsCentreHadWhenThePracticeHappened() {
        as(DemoLogins.PARTNER);
        long fenbrook = centre("Fenbrook Children's Centre"); // recommissioned to another provider and group in 2025
        long before = caseStudies.create(new CaseStudyForm("Fenbrook before", "Under its first provider.", null, 2024,
            Set.of(fenbrook), Set.of(), Set.of(), Set.of(), null));
        int thisYear = java.time.LocalDate.now().getYear();
        long after = caseStudies.create(new CaseStudyForm("Fenbrook after", "Under its new provider.", null, thisYear,
            Set.of(fenbrook), Set.of(), Set.of(), Set.of(), null));

        String then = placeOn(fenbrook, java.time.LocalDate.of(2024, 7, 1));
        String now = placeOn(fenbrook, java.time.LocalDate.now());
        assertThat(then).isNotEqualTo(now);
        assertThat(reading.page(before).places()).containsExactly(then);
        assertThat(reading.page(after).places()).containsExactly(now);
    }

    /** "group, provider, authority" of a centre on a day, straight from the organisation's history. */
    private String placeOn(long centre, java.time.LocalDate day) {
        return jdbc.queryForObject("""
            select g.name || ', ' || p.name || ', ' || la.name from centre_arrangement a
              join provider p on p.id = a.provider_id join centre_group g on g.id = a.centre_group_id
              join centre c on c.id = a.centre_id join local_authority la on la.id = c.local_authority_id
             where a.centre_id = ? and a.valid_from <= ? and (a.valid_to is null or a.valid_to > ?)""",
            String.class, centre, day, day);
    }
}
