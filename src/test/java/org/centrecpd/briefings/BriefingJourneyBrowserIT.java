package org.centrecpd.briefings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * A briefing end to end in a real browser: the admin (as the authority's officer) writes one for two centres,
 * sees how many it reaches and publishes it; Amara, at one of them, finds it on her home page and reads it; the
 * officer's tracking shows one read. Axe on every new page, and the briefing in dark mode at phone width.
 */
class BriefingJourneyBrowserIT extends BrowserTestSupport {

    private static final String TITLE = "Changes to Children's Centre Services: journey " + System.nanoTime() % 100000;

    private void accessible(String what) {
        page.waitForFunction("() => document.title.length > 0");
        assertAccessible(what);
    }

    @Test
    void publishToTwoCentresReadTrack() {
        signIn(DemoLogins.ADMIN, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("briefings"));
        accessible("the briefings (admin)");
        page.locator("#briefing-new").click();
        page.waitForURL(u -> u.contains("/briefings/edit"));
        page.locator("#briefing-authority input").fill("Eastmoor");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Eastmoor County Council")).click();
        page.locator("#briefing-reference input").fill("J/" + System.nanoTime() % 100000);
        page.locator("#briefing-title input").fill(TITLE);
        // Typed as people in England type a date (issue 33 §4): day and month only, read as this year's.
        page.locator("#briefing-date input").fill(LocalDate.now().format(DateTimeFormatter.ofPattern("d/M")));
        page.locator("#briefing-date input").press("Enter");
        assertThat(page.locator("#briefing-date input"))
            .hasValue(java.util.regex.Pattern.compile("^" + LocalDate.now().getDayOfMonth() + " [A-Z][a-z]{2,3} " + LocalDate.now().getYear() + "$"));
        page.locator("#briefing-contact input").fill("Jo Bright");
        page.locator("#briefing-body textarea").fill("From next month the **stay-and-play** sessions move to Tuesday mornings.");
        page.locator("#audience-centres input").fill("Ashbrook");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Ashbrook Children's Centre (Eastmoor County Council)")).click();
        page.locator("#audience-centres input").fill("Bramley");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Bramley Children's Centre (Eastmoor County Council)")).click();
        page.locator("#audience-centres input").press("Escape");
        page.locator("#briefing-save").click();
        assertThat(page.locator("#briefing-reach")).containsText("people as at the publication date");
        accessible("a briefing being written");
        page.locator("#briefing-publish").click();
        page.waitForURL(u -> u.matches(".*/briefings/\\d+$"));
        String briefingUrl = page.url();
        assertThat(page.locator("#briefing-totals")).containsText("0 read it");
        accessible("a briefing's tracking (admin)");
        signOut();

        signIn(DemoLogins.PRACTITIONER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        assertThat(page.locator("#briefings-widget")).containsText(TITLE);
        accessible("the home page with a new briefing");
        page.locator("#briefings-widget").getByText(TITLE, new com.microsoft.playwright.Locator.GetByTextOptions().setExact(false)).click();
        assertThat(page.locator("#briefing-notice")).containsText("stay-and-play");
        accessible("a briefing, read by its recipient");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Light or dark")).click();
        page.setViewportSize(390, 844);
        accessible("a briefing in dark mode on a phone");
        page.setViewportSize(1280, 720);
        page.navigate(url("briefings"));
        assertThat(page.locator("#my-briefings")).containsText(TITLE);
        signOut();

        signIn(DemoLogins.ADMIN, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(briefingUrl);
        assertThat(page.locator("#briefing-totals")).containsText("1 read it");
        assertThat(page.locator("#briefing-unread")).not().containsText("Amara Osei");
    }
}
