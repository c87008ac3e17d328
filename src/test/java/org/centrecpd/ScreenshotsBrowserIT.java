package org.centrecpd;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The screenshots in README.md and docs/features.md, made again from the demo data: signs in as each demo role in
 * the journeys' browser (the production frontend, so no development tools or their notice) and writes PNGs of
 * 1280 × 900 into {@code docs/}. Not a test: skipped unless asked for, with
 * {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ScreenshotsBrowserIT -Dscreenshots=true}
 * (docs/operations.md, "Developing"). The demo has no assignment rule and no evidence waiting for review, so this
 * makes one of each through the pages, as a manager and a practitioner would, before taking those two pictures.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ScreenshotsBrowserIT extends BrowserTestSupport {

    private static final Path DOCS = Path.of("docs");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void screenshotsForTheDocumentation() throws Exception {
        Files.createDirectories(DOCS);
        page.setViewportSize(1280, 900);

        // Each role's home page (issue 33); the manager's is also README's first picture.
        home(DemoLogins.PRACTITIONER, "screenshot-practitioner-home.png");
        home(DemoLogins.PARTNER, "screenshot-partner-home.png");
        home(DemoLogins.MANAGER, "screenshot-manager-home.png");

        practitionerPages();
        reviewAndBriefing();
        managerPages();
    }

    private void home(String username, String file) {
        signIn(username, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.locator("#sign-out").waitFor();
        shoot(file);
        signOut();
    }

    /** A reflective question answered in the unit player; a phrase found inside a case study's document. */
    private void practitionerPages() {
        signIn(DemoLogins.PRACTITIONER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));

        page.navigate(url("courses/core-purpose/units/2"));
        page.locator("#answer-my-reach-area textarea").fill("Our registrations from the new estate are low, but the health visitors "
            + "tell us about twenty babies were born there last year. I will ask our outreach worker to join the next new-birth visits "
            + "this month.");
        page.locator("#answer-my-reach-area textarea").evaluate("t => t.blur()");
        assertThat(page.locator("#saved-my-reach-area")).containsText("Saved at");
        shoot("screenshot-reflective-question.png", "#answer-my-reach-area", 330);

        // The demo's documents are read in the background after start-up: ask again until the phrase is found.
        for (int attempt = 0; attempt < 60; attempt++) {
            page.navigate(url("case-studies?q=mud%20kitchen"));
            page.locator("#case-study-summary").waitFor();
            if (page.locator("#case-study-summary").textContent().contains("1 case study found")) {
                break;
            }
            page.waitForTimeout(1000);
        }
        assertThat(page.locator("#case-study-summary")).hasText("1 case study found");
        shoot("screenshot-case-studies.png");

        // Learning done elsewhere, recorded for the manager to verify (shown below from the manager's side).
        page.navigate(url("training/evidence"));
        page.locator("#evidence-title input").fill("Domestic abuse awareness: multi-agency training day");
        page.locator("#evidence-provider input").fill("Eastmoor Safeguarding Children Partnership");
        page.locator("#evidence-date input").fill(LocalDate.now(ZoneId.of("Europe/London")).minusDays(6)
            .format(DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK)));
        page.locator("#evidence-date input").press("Enter");
        page.locator("#evidence-hours input").fill("6");
        page.locator("#evidence-save").click();
        assertThat(page.locator("#evidence-mine")).containsText("Waiting for your manager");
        signOut();
    }

    /** Helen's signed-off review of Ashbrook with its pack (issue 31); the admin's tracking of the most-read briefing. */
    private void reviewAndBriefing() {
        long review = jdbc.queryForObject("""
            select min(r.id) from review r join centre c on c.id = r.centre_id
             where c.name = 'Ashbrook Children''s Centre' and r.status = 'SIGNED_OFF'""", Long.class);
        signIn(DemoLogins.PARTNER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("reviews/" + review));
        page.locator("#review-pack").waitFor();
        shoot("screenshot-review-pack.png");
        // The roll-up across the 60 centres Helen oversees (issue 33: grids that show their data).
        page.navigate(url("training/roll-up"));
        page.locator("vaadin-grid").first().waitFor();
        shoot("screenshot-roll-up.png");
        signOut();

        long briefing = jdbc.queryForObject("""
            select b.id from briefing b where b.title = 'Changes to Children''s Centre Services: new locality groups'
             order by b.id fetch first 1 rows only""", Long.class);
        signIn(DemoLogins.ADMIN, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("briefings/" + briefing));
        page.locator("#briefing-totals").waitFor();
        shoot("screenshot-briefing-tracking.png");
        signOut();
    }

    /**
     * The practitioner's evidence waiting for review; the manager's mail switches; a rule over the centre's family support
     * workers and who it reached.
     */
    private void managerPages() {
        signIn(DemoLogins.MANAGER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("training/evidence"));
        assertThat(page.locator("#evidence-waiting")).containsText("Domestic abuse awareness");
        shoot("screenshot-evidence-review.png", "#evidence-waiting", 150);

        page.navigate(url("notifications"));
        page.locator("#calendar-link").waitFor();
        shoot("screenshot-notifications.png");

        String centreName = "Ashbrook Children's Centre";
        // Ashbrook's matrix as Daniel opens it from his home (issue 33: every row of a main grid shown).
        long ashbrook = jdbc.queryForObject("select id from centre where name = ?", Long.class, centreName);
        page.navigate(url("training/centres/" + ashbrook));
        page.locator("vaadin-grid").first().waitFor();
        shoot("screenshot-matrix.png");

        String courseTitle = jdbc.queryForObject("select v.title from course c join course_version v on v.id = c.current_version_id where c.slug = ?",
            String.class, "early-language-and-home-learning");
        page.navigate(url("training/rules"));
        page.locator("#new-rule").click();
        page.locator("#rule-course input").fill(courseTitle.substring(0, 8));
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(courseTitle).setExact(true)).click();
        page.locator("#rule-centres input").fill(centreName);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(centreName).setExact(true)).click();
        page.locator("#rule-centres input").press("Tab");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Family support worker").setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save rule")).click();
        page.waitForURL(u -> u.matches(".*/training/rules/[0-9]+$"));
        page.locator("#rule-reached").waitFor();
        shoot("screenshot-rule.png");
        signOut();
    }

    private void shoot(String file) {
        shoot(file, null, 0);
    }

    /**
     * Waits until the page is settled (no request to the server under way, no overlay opening, a message shown after
     * saving gone), scrolls so that the element {@code selector} (if any) starts {@code offset} pixels below the top of
     * the window, and writes the PNG. Scrolling comes last: the router puts a newly opened page back at its top.
     */
    private void shoot(String file, String selector, int offset) {
        page.waitForFunction("() => document.title.length > 0");
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
            + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        page.waitForFunction("() => !document.querySelector('[opening], [closing]')");
        try {
            page.waitForFunction("() => !document.querySelector('vaadin-notification-card')", null,
                new Page.WaitForFunctionOptions().setTimeout(10_000));
        } catch (com.microsoft.playwright.TimeoutError stillShown) {
            // A message that stays until closed: left out of the picture by the style below.
        }
        // The development tools and their notice exist only in development mode; never let them into a picture, nor
        // the bar that shows a request under way, nor a message that stays.
        page.addStyleTag(new Page.AddStyleTagOptions().setContent("vaadin-dev-tools, copilot-main, vaadin-devmode-gizmo,"
            + " vaadin-connection-indicator, .v-loading-indicator, vaadin-notification-container { display: none !important; }"));
        page.waitForTimeout(500);
        if (selector != null) {
            page.locator(selector).evaluate("(e, offset) => { e.style.scrollMarginTop = offset + 'px'; "
                + "e.scrollIntoView({block: 'start'}); }", offset);
            page.waitForTimeout(300);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(DOCS.resolve(file)));
    }
}
