package org.centrecpd;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each role signs in, sees their home page, signs out; refusals are shown as a user meets them. */
class SignInBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0} signs in and out")
    @CsvSource({
        DemoLogins.PRACTITIONER + ", Welcome, Amara Osei, Colleagues",
        DemoLogins.MANAGER + ", Welcome, Daniel Whitcombe, Ashbrook Children's Centre",
        DemoLogins.PARTNER + ", Welcome, Helen Marsh, The centres you oversee today",
        DemoLogins.ADMIN + ", Welcome, Demo administrator, Every centre on the platform today"
    })
    void eachRoleSignsInSeesTheirHomeAndSignsOut(String user, String greeting, String name, String expected) {
        signIn(user, DemoLogins.PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(greeting + ", " + name))).isVisible();
        assertThat(page.getByText(expected).first()).isVisible();
        assertAccessible("the home page of " + user);
        signOut();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        signIn(DemoLogins.MANAGER, "not-the-password");
        assertThat(page.getByText("E-mail address or password not recognised")).isVisible();
        assertAccessible("the login page with an error");
        page.navigate(url(""));
        page.waitForURL(u -> u.contains("/login"));
    }

    @Test
    void theSignInPageShowsTheAppsIconAndNamesItsManifest() {
        page.navigate(url("login"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();

        var icons = page.locator("link[rel=icon]");
        org.assertj.core.api.Assertions.assertThat(icons.count()).isGreaterThanOrEqualTo(1);
        for (int i = 0; i < icons.count(); i++) {
            String href = (String) icons.nth(i).evaluate("link => link.href");
            var icon = page.request().get(href);
            org.assertj.core.api.Assertions.assertThat(icon.status()).as(href).isEqualTo(200);
            org.assertj.core.api.Assertions.assertThat(icon.headers().get("content-type")).as(href).startsWith("image/");
        }
        var favicon = page.request().get(url("favicon.ico"));
        org.assertj.core.api.Assertions.assertThat(favicon.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(favicon.headers().get("content-type")).startsWith("image/");

        String manifest = (String) page.locator("link[rel=manifest]").evaluate("link => link.href");
        org.assertj.core.api.Assertions.assertThat(page.request().get(manifest).text()).contains("\"name\": \"Centre CPD\"");
    }

    @Test
    void aManagerOpeningAnotherCentresStaffByUrlIsRefused() {
        long bramley = jdbc.queryForObject("select id from centre where name = ?", Long.class, "Bramley Children's Centre");
        long ashbrook = jdbc.queryForObject("select id from centre where name = ?", Long.class, "Ashbrook Children's Centre");
        signIn(DemoLogins.MANAGER, DemoLogins.PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Daniel Whitcombe"))).isVisible();

        page.navigate(url("centres/" + ashbrook + "/staff"));
        assertThat(page.getByText("Amara Osei")).isVisible();
        assertAccessible("a centre's staff list");

        page.navigate(url("centres/" + bramley + "/staff"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found"))).isVisible();
        assertThat(page).hasTitle("Page not found");
        assertThat(page.getByText("Priya Natarajan")).hasCount(0);
        assertAccessible("the page shown for a refused URL");
    }

    @Test
    void onAPhoneTheMenuIsADrawerAndTheDarkThemeIsOneTapAway() {
        page.setViewportSize(390, 844);
        signIn(DemoLogins.PRACTITIONER, DemoLogins.PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Amara Osei"))).isVisible();
        assertThat(page.locator("#sign-out")).not().isInViewport();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
        assertThat(page.locator("#sign-out")).isInViewport();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Light or dark")).click();
        assertThat(page.locator("html")).hasAttribute("theme", "dark");
        assertAccessible("the home page in dark mode on a phone");

        // Reflow (WCAG 1.4.10): the catalogue's widest filter fits a 390 px screen, no sideways scrolling.
        page.navigate(url("courses"));
        double right = ((Number) page.locator("#filter-area").evaluate("el => el.getBoundingClientRect().right")).doubleValue();
        org.assertj.core.api.Assertions.assertThat(right).isLessThanOrEqualTo(390);
    }
}
