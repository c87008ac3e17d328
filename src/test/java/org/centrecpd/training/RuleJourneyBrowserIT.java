package org.centrecpd.training;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.support.BrowserTestSupport;
import org.centrecpd.support.Fixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Assignment rules in a real browser: a centre manager makes a rule over their own centre for one job role, lands on
 * the rule's page and sees who it reached (a midwife who works there, assigned today); the rules list, the dialog and
 * the rule's page are axe clean. Then the admin imports a new midwife into that centre with the staff file, and she,
 * signing in for the first time, finds the course due on My training, due the rule's number of days after her start.
 */
class RuleJourneyBrowserIT extends BrowserTestSupport {

    private static final String COURSE = "managing-change";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

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
        signOut();

        // A new starter arrives through the admin's staff import, into the rule's centre and job role.
        String starter = "Sol Newstarter " + System.nanoTime() % 100_000;
        String email = "sol.newstarter." + System.nanoTime() % 100_000 + "@rule-journey.example";
        LocalDate today = LocalDate.now();
        signIn(DemoLogins.ADMIN, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("admin/import"));
        Path staff;
        try {
            staff = Files.createTempFile("rule-journey-staff", ".csv");
            Files.writeString(staff, "\uFEFFName,E-mail,Job role,Centre,Start date,Manages centres\r\n"
                + starter + "," + email + ",Midwife," + centreName + "," + today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ",\r\n",
                StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.locator("#import-upload input[type=file]").setInputFiles(staff);
        assertThat(page.locator("#import-status")).containsText("To create: 1",
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        page.locator("#import-confirm").click();
        assertThat(page.locator("#import-status")).containsText("Imported: 1 created",
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        signOut();

        // Her first sign-in (the invitation's own journey is ImportInviteSignInJourneyBrowserIT): the course is due.
        long person = jdbc.queryForObject("select id from person where email = ?", Long.class, email);
        jdbc.update("insert into user_account (username, password_hash, role, person_id, display_name) values (?, ?, 'PRACTITIONER', ?, ?)",
            email, passwords.encode("quiet heron lantern"), person, starter);
        int dueAfterDays = jdbc.queryForObject("select r.due_days from assignment_rule r join course c on c.id = r.course_id"
            + " where c.slug = ? and r.created_by = (select id from user_account where username = ?) order by r.id desc"
            + " fetch first 1 rows only", Integer.class, COURSE, DemoLogins.MANAGER);
        signIn(email, "quiet heron lantern");
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("training/mine"));
        Locator mine = page.locator("#main-content");
        assertThat(mine).containsText(courseTitle, new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        assertThat(mine).containsText(org.centrecpd.base.ui.Dates.day(today.plusDays(dueAfterDays), java.util.Locale.UK));
        assertAccessible("My training of a new starter the rule reached");
    }
}
