package org.centrecpd;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
        assertThat(page.getByRole(AriaRole.DIALOG).getByText("Recommissioned").or(
            page.getByRole(AriaRole.DIALOG).getByText("Little Steps Charity")).first()).isVisible();
        assertAccessible("a centre's edit dialog with its history");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People")).click();
        page.waitForURL(u -> u.endsWith("/admin/people"));
        page.getByLabel("Filter by name or e-mail").fill("Helen Marsh");
        page.getByText("partner@demo.centrecpd.example").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Oversees"))).isVisible();
        assertAccessible("a person's dialog with remit and sign-in");
    }
}
