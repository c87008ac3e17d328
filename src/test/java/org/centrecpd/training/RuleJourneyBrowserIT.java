package org.centrecpd.training;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Map;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.support.BrowserTestSupport;
import org.centrecpd.support.Fixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Assignment rules in a real browser: a centre manager makes a rule over their own centre for one job role, lands on
 * the rule's page and sees who it reached (a midwife who works there, assigned today); the rules list, the dialog and
 * the rule's page are axe clean.
 */
class RuleJourneyBrowserIT extends BrowserTestSupport {

    private static final String COURSE = "managing-change";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aManagerMakesARuleOverTheirCentreAndSeesWhoItReached() {
        Map<String, Object> centre = jdbc.queryForMap("""
            select c.id, c.name from user_account u join employment e on e.person_id = u.person_id join centre c on c.id = e.centre_id
             where u.username = ? and e.end_date is null order by e.start_date desc, c.id fetch first 1 rows only""", DemoLogins.MANAGER);
        String centreName = (String) centre.get("name");
        String courseTitle = jdbc.queryForObject("select v.title from course c join course_version v on v.id = c.current_version_id where c.slug = ?",
            String.class, COURSE);
        Fixture f = new Fixture(jdbc, "Rule journey");
        String name = "Rhea Rulejourney " + System.nanoTime() % 100_000;
        long midwife = f.person(name, JobRole.MIDWIFE);
        f.employ(midwife, ((Number) centre.get("id")).longValue(), JobRole.MIDWIFE, LocalDate.of(2020, 1, 1), null);

        signIn(DemoLogins.MANAGER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("training/rules"));
        assertThat(page.locator("#view-title")).containsText("Assignment rules");
        assertAccessible("the assignment rules");

        page.locator("#new-rule").click();
        page.locator("#rule-course input").fill(courseTitle.substring(0, 8));
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(courseTitle).setExact(true)).click();
        Locator centres = page.locator("#rule-centres input");
        centres.fill(centreName);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(centreName).setExact(true)).click();
        centres.press("Tab");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Midwife").setExact(true)).check();
        assertAccessible("the new rule dialog");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save rule")).click();

        page.waitForURL(u -> u.matches(".*/training/rules/[0-9]+$"));
        assertThat(page.locator("#view-title")).containsText("Rule: " + courseTitle);
        assertThat(page.locator("#rule-reached")).containsText(name);
        assertThat(page.locator("#rule-reached")).containsText("Still in audience");
        assertAccessible("a rule's page with the people it reached");

        // Back on the list, the rule is there, live, with its reach counted.
        page.navigate(url("training/rules"));
        assertThat(page.locator("#training-rules")).containsText(courseTitle);
    }
}
