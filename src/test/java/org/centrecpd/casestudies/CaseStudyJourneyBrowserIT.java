package org.centrecpd.casestudies;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.centrecpd.casestudies.service.CaseStudyForm;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.LeadershipQuality;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.security.AccountService;
import org.centrecpd.security.Role;
import org.centrecpd.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The library in a real browser: a partner adds a PDF to a case study and watches it become
 * searchable (server push), approves and publishes it; a practitioner in a centre the partner
 * oversees finds it by a phrase that is only inside the PDF and downloads it; a practitioner in a
 * centre the partner does not oversee finds nothing. On the way the partner removes a document added by
 * mistake. Every page is checked with axe.
 */
class CaseStudyJourneyBrowserIT extends BrowserTestSupport {

    private static final String ELSEWHERE = "practitioner.elsewhere@demo.centrecpd.example";

    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private void as(String username) {
        org.centrecpd.support.SignIn.as(users, username);
    }

    @Test
    void aPartnerPublishesADocumentThatOnlyTheirCentresFind() throws Exception {
        // Set-up through the services: a draft about Ashbrook, and a sign-in for someone working
        // at a Southdown centre outside the partner's two groups.
        as(DemoLogins.PARTNER);
        long ashbrook = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        long id = caseStudies.create(new CaseStudyForm("Toy library on wheels", "A van that lends toys and books to families on outlying estates.",
            null, 2025, Set.of(ashbrook), Set.of(CorePurposeArea.UNIVERSAL_SERVICES), Set.of(LeadershipQuality.RESPONSIVE), Set.of(), null));
        as(DemoLogins.ADMIN);
        long elsewhere = jdbc.queryForObject("""
            select e.person_id from employment e join centre c on c.id = e.centre_id
            join local_authority la on la.id = c.local_authority_id
            join centre_arrangement a on a.centre_id = c.id and a.valid_to is null
            where la.name like 'Southdown%' and e.end_date is null and e.job_role = 'FAMILY_SUPPORT_WORKER'
              and (a.centre_group_id is null or a.centre_group_id not in (select centre_group_id from oversight where centre_group_id is not null))
            order by e.person_id fetch first 1 rows only""", Long.class);
        accounts.grantSignIn(elsewhere, ELSEWHERE, "Practitioner elsewhere", Role.PRACTITIONER, DemoLogins.PASSWORD);
        SecurityContextHolder.clearContext();
        Path pdf = Documents.pdf(Files.createTempDirectory("journey"), "toy-library-report.pdf", "Report of the first year",
            "Families liked the tambourine lending shelf best of all.");

        signIn(DemoLogins.PARTNER, DemoLogins.PASSWORD);
        page.navigate(url("case-studies/" + id));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Toy library on wheels"))).isVisible();
        page.locator("#case-study-upload input[type=file]").setInputFiles(pdf);
        // The status changes by itself, pushed from the server, once the document's text is read.
        assertThat(page.locator(".extraction-status[data-status=SEARCHABLE]")).hasText("Searchable",
            new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertAccessible("a case study with its documents, as the reviewing partner");
        // A document added by mistake is taken off again, after a confirmation.
        Path wrong = Documents.text(pdf.getParent(), "staff-rota.txt", "Not meant for this case study.");
        page.locator("#case-study-upload input[type=file]").setInputFiles(wrong);
        assertThat(page.locator("#case-study-documents")).containsText("staff-rota.txt");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove staff-rota.txt")).click();
        assertThat(page.getByRole(AriaRole.ALERTDIALOG)).containsText("Remove staff-rota.txt?");
        assertAccessible("confirming that a document is removed");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove").setExact(true)).click();
        assertThat(page.locator("#case-study-documents")).not().containsText("staff-rota.txt");
        assertThat(page.locator("#case-study-documents")).containsText("toy-library-report.pdf");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish to the centres I oversee")).click();
        assertThat(page.locator("#case-study-status")).containsText("Published");
        signOut();

        signIn(DemoLogins.PRACTITIONER, DemoLogins.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Case studies")).click();
        page.getByLabel("Search case studies and their documents").fill("tambourine lending");
        assertThat(page.locator("#case-study-summary")).hasText("1 case study found");
        assertThat(page.locator(".snippet mark").first()).hasText("tambourine");
        assertAccessible("search results with a highlighted snippet");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Toy library on wheels")).click();
        Download download = page.waitForDownload(() -> page.getByText("toy-library-report.pdf").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("toy-library-report.pdf");
        org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(download.path())).isEqualTo(Files.readAllBytes(pdf));
        // Back to the results: the search is in the page's address, so it is still there.
        page.goBack();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("case-studies\\?q=tambourine(%20|\\+)lending$"));
        assertThat(page.getByLabel("Search case studies and their documents")).hasValue("tambourine lending");
        assertThat(page.locator("#case-study-summary")).hasText("1 case study found");
        String sharedSearch = page.url();
        // On a phone the filters fold into one line above the results, which are then in sight at once.
        page.setViewportSize(390, 844);
        page.navigate(sharedSearch);
        assertThat(page.locator("#case-study-summary")).hasText("1 case study found");
        assertThat(page.locator("#case-study-filters vaadin-checkbox-group").first()).isHidden();
        assertThat(page.locator("#case-study-results h2").first()).isInViewport();
        assertAccessible("search results on a phone, with the filters folded");
        page.getByText("Filter the results").click();
        assertThat(page.locator("#case-study-filters vaadin-checkbox-group").first()).isVisible();
        page.setViewportSize(1280, 720);
        signOut();

        signIn(ELSEWHERE, DemoLogins.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Case studies")).click();
        page.getByLabel("Search case studies and their documents").fill("tambourine lending");
        assertThat(page.locator("#case-study-summary")).hasText("No case studies match.");
        // Nor from a link to the search that found it, sent by a colleague.
        page.navigate(sharedSearch);
        assertThat(page.getByLabel("Search case studies and their documents")).hasValue("tambourine lending");
        assertThat(page.locator("#case-study-summary")).hasText("No case studies match.");
        // Nor by the address of the page or of the document.
        page.navigate(url("case-studies/" + id));
        assertThat(page).hasTitle("Page not found – Centre CPD");
        long attachment = jdbc.queryForObject("select id from case_study_attachment where case_study_id = ?", Long.class, id);
        org.assertj.core.api.Assertions.assertThat(page.request().get(url("case-study-files/" + attachment)).status()).isEqualTo(404);
    }
}
