package org.centrecpd.training;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Training end to end in a real browser: a manager assigns a course to a practitioner from the
 * centre's matrix; she finds it in My training, takes and completes it; the manager's matrix shows
 * it completed with the date, and the partner's roll-up counts one more completion.
 */
class TrainingJourneyBrowserIT extends BrowserTestSupport {

    private static final String COURSE = "Focusing on the early years (0–5)";

    @Test
    void assignTakeCompleteAndSeeItCounted() {
        signIn(DemoLogins.PARTNER, DemoLogins.PASSWORD);
        long completedBefore = partnersCompletions();
        assertAccessible("the completion roll-up");
        signOut();

        // The manager assigns the course to Amara from Ashbrook's matrix.
        signIn(DemoLogins.MANAGER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        // A manager of one centre goes straight from Training to its matrix.
        page.navigate(url("training"));
        page.waitForURL(u -> u.contains("/training/centres/"));
        assertThat(page.locator("#matrix")).isVisible();
        assertAccessible("a centre's training matrix");
        page.locator("#assign").click();
        assertAccessible("the assign dialog");
        page.locator("#assign-course input").fill("Focusing");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(COURSE)).click();
        try {
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Some people")).check();
        } catch (RuntimeException e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/journey-failure.png")));
            throw e;
        }
        try {
            page.locator("#assign-people input").fill("Amara");
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Amara Osei")).click();
            // A multi-select list stays open for more choices: close it as a user would, by clicking elsewhere.
            page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.HEADING).click();
            page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Assign a course")).click();
        } catch (RuntimeException e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/journey-failure.png")));
            throw e;
        }
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Assigned to 1 person: " + COURSE);
        signOut();

        // Amara sees it, takes it and completes it.
        signIn(DemoLogins.PRACTITIONER, DemoLogins.PASSWORD);
        assertThat(page.locator("#assigned-training")).containsText(COURSE);
        page.navigate(url("training/mine"));
        assertThat(page.locator("#my-training")).containsText(COURSE);
        assertAccessible("My training");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(COURSE)).click();
        page.locator("#resume").click();
        for (int unit = 1; unit <= 10; unit++) {
            int number = unit;
            page.waitForURL(u -> u.endsWith("/courses/early-years-focus/units/" + number));
            assertThat(page.locator("#unit-complete-status")).not().hasText("You completed this unit.");
            Locator answers = page.locator("vaadin-text-area[id^='answer-']");
            assertThat(answers.first()).isVisible();
            for (int i = 0; i < answers.count(); i++) {
                Locator box = answers.nth(i);
                String id = box.getAttribute("id").substring("answer-".length());
                box.locator("textarea").fill("My answer for " + id + ".");
                assertThat(page.locator("#saved-" + id)).containsText("Saved at");
            }
            page.locator("#complete-unit").click();
            assertThat(page.locator("#unit-complete-status")).hasText("You completed this unit.");
            if (page.locator("#next-unit").textContent().contains("Back to the course")) {
                break; // the last unit: the course is complete
            }
            page.locator("#next-unit").click();
        }
        String today = Dates.day(LocalDate.now(java.time.ZoneId.of("Europe/London")), java.util.Locale.UK);
        // The completion reaches training through the event registry, after the learner's transaction.
        waitForText("training/mine", "#my-training", "Completed " + today);
        signOut();

        // The manager's matrix shows it completed, with the date.
        signIn(DemoLogins.MANAGER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        // A manager of one centre goes straight from Training to its matrix.
        page.navigate(url("training"));
        page.getByLabel("Course", new Page.GetByLabelOptions().setExact(true)).fill("Focusing");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(COURSE)).click();
        assertThat(page.locator("#matrix")).containsText("Amara Osei");
        assertThat(page.locator("#matrix")).containsText("Completed " + today);
        signOut();

        // The partner's roll-up has moved.
        signIn(DemoLogins.PARTNER, DemoLogins.PASSWORD);
        assertThat(partnersCompletions()).isEqualTo(completedBefore + 1);
    }

    private long partnersCompletions() {
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("training/roll-up"));
        String totals = page.locator("#roll-up-totals").textContent();
        Matcher m = Pattern.compile("(\\d+) completed").matcher(totals);
        assertThat(m.find()).as(totals).isTrue();
        return Long.parseLong(m.group(1));
    }

    private void waitForText(String path, String selector, String text) {
        for (int attempt = 0; attempt < 20; attempt++) {
            page.navigate(url(path));
            page.locator(selector).waitFor();
            if (page.locator(selector).textContent().contains(text)) {
                return;
            }
            page.waitForTimeout(500);
        }
        assertThat(page.locator(selector)).containsText(text);
    }
}
