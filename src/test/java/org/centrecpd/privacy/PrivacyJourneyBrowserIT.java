package org.centrecpd.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.security.Role;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.support.BrowserTestSupport;
import org.centrecpd.support.Fixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Privacy in a real browser: the privacy notice from the sign-in page; a practitioner asks for her copy from her CPD
 * record and downloads the ZIP; an admin erases a leaver after reviewing the preview. Every page is checked with axe.
 */
class PrivacyJourneyBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    private void link(String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    @Test
    void aPractitionerReadsTheNoticeThenAsksForAndDownloadsHerCopy() throws Exception {
        page.navigate(url("login"));
        page.locator("#privacy-notice-link").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Privacy notice"))).isVisible();
        assertThat(page.locator("#privacy-register")).containsText("Your journal");
        assertAccessible("the privacy notice");

        signIn(DemoLogins.PRACTITIONER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        link("My CPD record");
        page.locator("#my-data-link").click();
        assertThat(page.locator("#ask-for-copy")).isVisible();
        assertAccessible("your data");
        page.locator("#ask-for-copy").click();
        Download download = page.waitForDownload(() -> page.locator("#my-requests").getByText("Download the ZIP").first().click());
        byte[] zip = Files.readAllBytes(download.path());
        Map<String, byte[]> files = SubjectAccessTest.unzip(zip);
        System.out.println("The demo practitioner's copy (" + download.suggestedFilename() + ", " + zip.length + " bytes):");
        files.forEach((name, bytes) -> System.out.println("  " + name + " (" + bytes.length + " bytes)"));
        org.assertj.core.api.Assertions.assertThat(files).containsKeys("README.txt", "summary.pdf");
        org.assertj.core.api.Assertions.assertThat(SubjectAccessTest.all(files, ".csv")).contains(DemoLogins.PRACTITIONER);
        // Measured once the "request logged" notification has gone (it fades in and out over the page).
        assertThat(page.locator("vaadin-notification-card")).hasCount(0);
        assertAccessible("your data, with a copy to download");
    }

    @Test
    void anAdminErasesALeaverAfterReviewingThePreview() {
        Fixture fixture = new Fixture(jdbc, "Erasureshire");
        long centre = fixture.centre("Birch");
        fixture.arrangement(centre, fixture.provider("Lead"), null, Fixture.SINCE, null);
        Fixture.Login leaver = fixture.login("Lena Leaver", Role.PRACTITIONER, centre, JobRole.FAMILY_SUPPORT_WORKER);
        new PrivacyPeople(jdbc).entry(leaver.personId(), "Lena's words about a family");
        jdbc.update("update employment set end_date = ? where person_id = ?", java.sql.Date.valueOf(LocalDate.now().minusMonths(1)),
            leaver.personId());

        signIn(DemoLogins.ADMIN, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        link("Privacy");
        assertThat(page.locator("#privacy-requests")).isVisible();
        assertAccessible("the admin's privacy page");
        page.locator("#section-erasure vaadin-details-summary").click();
        page.locator("#erase-person input").fill("Lena Leaver");
        page.getByRole(AriaRole.OPTION).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(leaver.email())).click();
        page.locator("#erase-preview-button").click();
        assertThat(page.locator("#erase-preview")).containsText("Your journal");
        assertThat(page.locator("#erase-preview")).containsText("Kept until");
        assertAccessible("the erasure preview");
        page.locator("#erase-verified input").fill("Signed letter, identity checked by HR");
        page.locator("#erase-confirm").click();
        assertThat(page.getByRole(AriaRole.ALERTDIALOG)).containsText("Erase Lena Leaver?");
        assertAccessible("confirming the erasure");
        page.getByLabel("Erase Lena Leaver?").getByRole(AriaRole.BUTTON,
            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Erase").setExact(true)).click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Lena Leaver erased");
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select count(*) from journal_entry where person_id = ?", Long.class,
            leaver.personId())).isZero();
    }
}
