package org.centrecpd.training;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Learning done elsewhere, end to end in a real browser: the practitioner records it; her line manager verifies it
 * and maps it to a course she has assigned; her training then shows that course completed, on the evidence's date.
 */
class EvidenceJourneyBrowserIT extends BrowserTestSupport {

    private static final String COURSE = "working-together";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void externalEvidenceVerifiedAndMappedCompletesTheAssignment() {
        // The journey starts from an open assignment of the course (made as the assign dialog would).
        jdbc.update("""
            insert into assignment (person_id, course_id, due_on, required, assigned_on)
            select u.person_id, c.id, current_date + 30, true, current_date from user_account u, course c
            where u.username = ? and c.slug = ?
              and not exists (select 1 from assignment a where a.person_id = u.person_id and a.course_id = c.id and a.cancelled_on is null)""",
            DemoLogins.PRACTITIONER, COURSE);
        String courseTitle = jdbc.queryForObject("select v.title from course c join course_version v on v.id = c.current_version_id where c.slug = ?",
            String.class, COURSE);
        String title = "Partnership working day " + System.nanoTime() % 100_000;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        signIn(DemoLogins.PRACTITIONER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("training/evidence"));
        page.locator("#evidence-title input").fill(title);
        page.locator("#evidence-provider input").fill("Local safeguarding partnership");
        page.locator("#evidence-date input").fill(today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK)));
        page.locator("#evidence-date input").press("Enter");
        page.locator("#evidence-hours input").fill("3");
        assertAccessible("recording learning done elsewhere");
        page.locator("#evidence-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Recorded: " + title);
        assertThat(page.locator("#evidence-mine")).containsText("Waiting for your manager");
        signOut();

        signIn(DemoLogins.MANAGER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("training/evidence"));
        assertThat(page.locator("#evidence-waiting")).containsText(title);
        assertAccessible("evidence waiting for review");
        page.locator("#evidence-waiting vaadin-combo-box").last().locator("input").fill(courseTitle.substring(0, 8));
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(courseTitle)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify " + title + " of Amara Osei")).click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Verified: " + title);
        signOut();

        signIn(DemoLogins.PRACTITIONER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        String done = "Completed " + Dates.day(today, Locale.UK);
        // The completion reaches the assignment through the event registry, after the manager's transaction.
        for (int attempt = 0; attempt < 20; attempt++) {
            page.navigate(url("training/mine"));
            page.locator("#my-training").waitFor();
            if (page.locator("#my-training").textContent().contains(done)) {
                break;
            }
            page.waitForTimeout(500);
        }
        assertThat(page.locator("#my-training")).containsText(courseTitle);
        assertThat(page.locator("#my-training")).containsText(done);
    }
}
