package org.centrecpd;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/** An admin finds a centre, opens it, reads its history; the admin screens pass WCAG 2.2 AA too. */
class AdminJourneyBrowserIT extends BrowserTestSupport {

    @Test
    void anAdminFindsACentreAndReadsWhoHasRunIt() {
        signIn(DemoLogins.ADMIN, DemoLogins.PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Demo administrator"))).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Centres")).click();
        page.waitForURL(u -> u.endsWith("/admin/centres"));
        page.getByLabel("Filter by centre name").fill("Fenbrook");
        assertThat(page.getByText("Little Steps Charity")).isVisible();
        assertAccessible("the centres admin screen");

        page.getByText("Fenbrook Children's Centre").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Providers and groups over time"))).isVisible();
        // The history itself: the arrangement before the recommissioning and the one after it, with
        // the date they changed and why.
        Locator history = page.locator("#centre-history");
        assertThat(history.getByText("Recommissioned: services transferred to a new provider")).isVisible();
        assertThat(history.getByText("Commissioned", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(history.getByText("1 Sept 2025")).hasCount(2);
        assertThat(history.getByText("Little Steps Charity")).isVisible();
        assertAccessible("a centre's edit dialog with its history");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People")).click();
        page.waitForURL(u -> u.endsWith("/admin/people"));
        page.getByLabel("Filter by name or e-mail").fill("Helen Marsh");
        page.getByText("partner@demo.centrecpd.example").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Oversees…")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Oversees").setExact(true))).isVisible();
        assertAccessible("a partner's remit");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel")).last().click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel"))).hasCount(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel")).click();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Authorities and providers")).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Providers").setExact(true)).click();
        page.waitForURL(u -> u.endsWith("part=providers"));
        assertThat(page.getByText("Little Steps Charity")).isVisible();
        assertAccessible("the providers admin screen");
    }
}
