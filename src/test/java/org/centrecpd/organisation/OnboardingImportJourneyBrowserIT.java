package org.centrecpd.organisation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Onboarding in a real browser: an admin downloads the staff template, fills it in, uploads it,
 * reads the preview, confirms, and finds the new people; then opens the audit log and sees the
 * import there. Every page is checked with axe. On a database of its own: it commits new people.
 */
class OnboardingImportJourneyBrowserIT extends BrowserTestSupport {

    @Test
    void anAdminImportsAStaffFileAndSeesItInTheAuditLog() throws Exception {
        signIn(DemoLogins.ADMIN, DemoLogins.PASSWORD);
        page.navigate(url("admin/import"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Templates"))).isVisible();
        assertAccessible("the import page");

        Download download = page.waitForDownload(() -> page.locator("#staff-template-csv").click());
        Path template = download.path();
        List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(lines.getFirst())
            .isEqualTo("\uFEFFName,E-mail,Job role,Centre,Start date,Manages centres");
        org.assertj.core.api.Assertions.assertThat(lines).hasSize(2); // the headings and one example row

        // A file over the limit is refused in the browser, before it is sent, in our words (issue 33 §3).
        Path tooBig = Files.createTempFile("staff-too-big", ".csv");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(tooBig.toFile(), "rw")) {
            file.setLength(10L * 1024 * 1024 + 1);
        }
        page.locator("#import-upload input[type=file]").setInputFiles(tooBig);
        assertThat(page.locator("#import-status")).hasText("The file was not imported: the file is larger than 10 MB");
        org.assertj.core.api.Assertions.assertThat(page.locator("#import-upload").textContent()).doesNotContain("forbidden");

        // The admin replaces the example with their own staff.
        Path filled = Files.createTempFile("staff-onboarding", ".csv");
        Files.writeString(filled, lines.getFirst() + "\r\n"
            + "Nadia Okafor,nadia.okafor@onboarding.example,Family support worker,Ashbrook Children's Centre,01/09/2026,\r\n"
            + "Owen Pritchard,owen.pritchard@onboarding.example,Outreach worker,Ashbrook Children's Centre,01/09/2026,\r\n",
            StandardCharsets.UTF_8);
        page.locator("#import-upload input[type=file]").setInputFiles(filled);

        assertThat(page.locator("#import-status")).containsText("To create: 2; to change: 0; to end: 0",
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(page.locator("#import-changes")).containsText("nadia.okafor@onboarding.example");
        assertAccessible("the preview of a staff import");

        page.locator("#import-confirm").click();
        assertThat(page.locator("#import-status")).hasText("Imported: 2 created, 0 changed, 0 ended.",
            new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertAccessible("a finished import");

        page.locator("#import-done-link").click();
        page.getByLabel("Filter by name or e-mail").fill("onboarding.example");
        assertThat(page.locator("#people-grid")).containsText("nadia.okafor@onboarding.example",
            new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertThat(page.locator("#people-grid")).containsText("Ashbrook Children's Centre");

        page.navigate(url("admin/audit"));
        assertThat(page.locator("#audit-grid")).containsText("Staff imported", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertThat(page.locator("#audit-grid")).containsText(filled.getFileName().toString());
        assertThat(page.locator("#audit-grid")).containsText("2 created");
        assertAccessible("the audit log");

        // Exports of personal data are audited: the log's own export, and a centre's training matrix.
        Download log = page.waitForDownload(() -> page.locator("#audit-export-csv").click());
        String csv = Files.readString(log.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(csv).startsWith("\uFEFFWhen (UK time),Who,Action,To whom or what,Detail\r\n")
            .contains("Staff imported," + filled.getFileName());
        page.navigate(url("training/centres/" + ashbrook()));
        page.waitForDownload(() -> page.getByText("Download CSV").first().click());
        page.navigate(url("admin/audit"));
        page.getByLabel("Person").first().fill(DemoLogins.ADMIN);
        assertThat(page.locator("#audit-grid")).containsText("Personal data exported", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertThat(page.locator("#audit-grid")).containsText("Audit log");
        assertThat(page.locator("#audit-grid")).containsText("training-matrix.csv");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long ashbrook() {
        return jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
    }
}
