package org.centrecpd.courses;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * A practitioner takes a real course in a real browser: finds it in the catalogue, answers a
 * reflective question, completes the unit, starts the next, closes the tab mid-answer, comes back
 * and resumes with every answer still there.
 */
class CourseJourneyBrowserIT extends BrowserTestSupport {

    @Test
    void aPractitionerAnswersCompletesLeavesAndResumesWithTheAnswersKept() {
        signIn(DemoLogins.PRACTITIONER, DemoLogins.PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Amara Osei"))).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Courses")).click();
        page.getByLabel("Search titles and summaries").fill("professionals");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Working together for families")).click();
        assertThat(page.locator("#course-progress")).hasText("0 of 5 units complete");
        assertAccessible("a course page");

        page.locator("#resume").click();
        page.waitForURL(u -> u.endsWith("/courses/working-together/units/1"));
        // The whole question is readable: its label wraps rather than being cut off with an ellipsis.
        Object clipped = page.locator("#answer-my-named-links").evaluate(
            "el => { const l = el.shadowRoot.querySelector('[part=label]'); return l.scrollWidth > l.clientWidth + 1; }");
        org.assertj.core.api.Assertions.assertThat(clipped).isEqualTo(false);
        page.locator("#complete-unit").click();
        assertThat(page.locator("#completion-outcome")).containsText("Answer these questions before marking the unit as complete");

        page.locator("#answer-my-named-links textarea").fill("Our health visitor Sam and the school nurse at Oak Lane.");
        assertThat(page.locator("#saved-my-named-links")).containsText("Saved at");
        assertAccessible("a unit with a saved answer");
        page.locator("#complete-unit").click();
        assertThat(page.locator("#unit-complete-status")).hasText("You completed this unit.");

        page.locator("#next-unit").click();
        page.waitForURL(u -> u.endsWith("/units/2"));
        page.locator("#answer-who-is-missing textarea").fill("Fathers, and families on the new estate.");
        // No blur, no button: the autosave alone must keep it when the tab closes.
        assertThat(page.locator("#saved-who-is-missing")).containsText("Saved at");
        Page leftBehind = page;
        page = leftBehind.context().newPage();
        leftBehind.close();

        page.navigate(url("courses/working-together"));
        assertThat(page.locator("#course-progress")).hasText("1 of 5 units complete");
        assertThat(page.locator("#resume")).hasText("Resume: unit 2");
        page.locator("#resume").click();
        assertThat(page.locator("#answer-who-is-missing textarea")).hasValue("Fathers, and families on the new estate.");

        page.locator("#previous-unit").click();
        assertThat(page.locator("#answer-my-named-links textarea"))
            .hasValue("Our health visitor Sam and the school nurse at Oak Lane.");
        assertThat(page.locator("#unit-complete-status")).hasText("You completed this unit.");
    }

    @Test
    void aManagerRatesTheSevenQualitiesInWeekOneAndSeesThemBesideWeekTen() {
        signIn(DemoLogins.MANAGER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("courses/future-leaders/units/1"));

        // A radio group named by the quality, each choice named by its level in words.
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("Open communication"))
            .getByText("2 – Beginning: I do this now and then").click();
        assertThat(page.locator("#rated-qualities-week-1")).containsText("Saved at");
        assertAccessible("a unit with a self-assessment");

        page.navigate(url("courses/future-leaders/units/10"));
        assertThat(page.locator("#rate-qualities-week-10-open-communication"))
            .containsText("In \"What leading a children's centre asks of you\" you gave 2 (Beginning: I do this now and then).");
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("Open communication"))
            .getByText("4 – Secure: I do this consistently").click();
        assertThat(page.locator("#rate-qualities-week-10-open-communication")).containsText("Today: up 2 levels.");
        assertThat(page.locator("#rated-qualities-week-10")).containsText("Saved at");
        assertAccessible("a unit comparing self-assessments");
    }

    @Test
    void courseFilesAreForSignedInPeopleOnly() {
        String file = url("course-files/working-together/images/none.png");
        assertThat(page.request().get(file, RequestOptions.create().setMaxRedirects(0)).status()).isEqualTo(302);

        signIn(DemoLogins.PRACTITIONER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        // Reaches the course file controller (not refused by security, not a Vaadin page): no such file.
        assertThat(page.request().get(file).status()).isEqualTo(404);
        assertThat(page.request().get(url("course-files/working-together/course.yml")).status()).isEqualTo(404);
    }
}
