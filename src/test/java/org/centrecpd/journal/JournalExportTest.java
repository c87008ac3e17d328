package org.centrecpd.journal;

import org.centrecpd.organisation.service.Workplaces;
import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.journal.service.EntryDraft;
import org.centrecpd.journal.service.EntryFilter;
import org.centrecpd.journal.service.JournalExport;
import org.centrecpd.journal.service.JournalService;
import org.centrecpd.journal.service.JournalSharing;
import org.centrecpd.journal.service.SupervisionService;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The PDF portfolio and the Markdown export, read back: my entries only, with their structure, feedback and CPD time. */
@CentreTest
class JournalExportTest {

    @Autowired
    JournalService journal;
    @Autowired
    JournalSharing sharing;
    @Autowired
    SupervisionService supervision;
    @Autowired
    JournalExport export;
    @Autowired
    PeopleService people;
    @Autowired
    Workplaces workplaces;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    JournalPeople fixture;
    JournalPeople.Made author;

    @BeforeEach
    void entries() {
        fixture = new JournalPeople(people, workplaces, accounts, users, jdbc);
        JournalPeople.Made colleague = fixture.make("Export Colleague", JobRole.FAMILY_SUPPORT_WORKER, JournalServiceTest.ASHBROOK);
        fixture.signInAs(colleague.email());
        journal.finish(new EntryDraft(null, 0, "Someone else’s entry", ReflectiveModel.FREE, "Not in your export.",
            Map.of(), Set.of(), Set.of(), null, false, null));

        author = fixture.make("Export Author", JobRole.FAMILY_SUPPORT_WORKER, JournalServiceTest.ASHBROOK);
        fixture.signInAs(author.email());
        long gibbs = journal.finish(new EntryDraft(null, 0, "Messy play and a worried grandparent", ReflectiveModel.GIBBS, null,
            Map.of("description", "Nana brought **Leo** to messy play.", "action-plan", "Phone her on Monday."),
            Set.of("kinship care"), Set.of("engaging-parents"), 45, true, null)).id();
        journal.finish(new EntryDraft(null, 0, "Reading at home", ReflectiveModel.WHAT_SO_WHAT, null,
            Map.of("what", "Lent three picture books."), Set.of(), Set.of(), 30, true, null));
        sharing.share(List.of(gibbs), fixture.personId(DemoLogins.MANAGER));
        fixture.signInAs(DemoLogins.MANAGER);
        supervision.giveFeedback(gibbs, "A thoughtful first step with Nana.");
        fixture.signInAs(author.email());
    }

    @AfterEach
    void removePeople() {
        fixture.removeAll();
    }

    @Test
    void thePortfolioHasATitlePageContentsEntriesWithTheirStructureFeedbackAndCpdTime() throws IOException {
        byte[] pdf = export.pdf(EntryFilter.all(), Locale.UK);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // bold runs are drawn after the line's regular text
            String text = stripper.getText(doc);
            assertThat(text).contains("Reflective journal", "Export Author", "Contents",
                "Messy play and a worried grandparent", "Reading at home",
                "Description", "Nana brought Leo to messy play.", "Action plan", "Phone her on Monday.",
                "What?", "Lent three picture books.",
                "Feedback", "From Daniel Whitcombe", "A thoughtful first step with Nana.",
                "CPD time recorded: 1 h 15 min", "45 min of CPD", "Tags: kinship care", "Page 1 of")
                .doesNotContain("Someone else", "Not in your export.");
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(4); // title, contents, one page per entry
            // Tagged for assistive technology, with a title and the fonts embedded.
            assertThat(doc.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Reflective journal: Export Author");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            for (var name : doc.getPage(2).getResources().getFontNames()) {
                PDFont font = doc.getPage(2).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @Test
    void thePortfolioPassesPdfUa1AndIsTaggedWithLanguageTitleAndEmbeddedFonts() throws IOException {
        byte[] pdf = export.pdf(EntryFilter.all(), Locale.UK);
        assertThat(org.centrecpd.support.PdfUa.failures(pdf)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentInformation().getTitle()).isNotBlank();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    @Test
    void theExportFollowsTheFilters() throws IOException {
        byte[] pdf = export.pdf(new EntryFilter("picture books", null, null, null, null, null), Locale.UK);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Reading at home").doesNotContain("Messy play");
        }
    }

    @Test
    void theMarkdownExportKeepsTheStructure() {
        String md = export.markdown(EntryFilter.all(), Locale.UK);
        assertThat(md).startsWith("# Reflective journal: Export Author")
            .contains("## Messy play and a worried grandparent", "### Description", "Nana brought **Leo** to messy play.",
                "### From Daniel Whitcombe", "A thoughtful first step with Nana.", "## Reading at home", "### What?")
            .doesNotContain("Someone else");
    }
}
