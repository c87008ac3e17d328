package org.centrecpd.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.organisation.service.Workplaces;
import org.centrecpd.support.BrowserTestSupport;
import org.centrecpd.support.Inbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.centrecpd.support.TestJvm;

/**
 * Accounts in a real browser, with real e-mails (GreenMail): an admin invites a new member of staff
 * from the Invitations page; she opens the link from the e-mail, chooses a password and signs in.
 * Then she forgets it: "Forgotten your password?" on the sign-in page, the link from the e-mail, a
 * new password, signed in again. Every page on the way is checked with axe (WCAG 2.2 AA).
 */
class AccountsJourneyBrowserIT extends BrowserTestSupport {

    @RegisterExtension
    static GreenMailExtension smtp = TestJvm.smtp();
    private final Inbox inbox = new Inbox(smtp);

    private static final Pattern LINK = Pattern.compile("https://cpd\\.council\\.example/(set-password/[A-Za-z0-9_-]+)");

    @Autowired
    PeopleService people;
    @Autowired
    Workplaces workplaces;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    /** The set-password address from the n-th e-mail to this address, on this test's server. */
    private String linkFromMail(String email, int n) throws Exception {
        String text = Inbox.text(inbox.awaitMessage(email, n));
        Matcher m = LINK.matcher(text);
        assertThat(m.find()).as("a set-password link in " + text).isTrue();
        return url(m.group(1));
    }

    private void choosePassword(String password) {
        page.locator("#new-password input").fill(password);
        page.locator("#repeat-password input").fill(password);
        page.locator("#set-password").click();
    }

    @Test
    void invitedSetsAPasswordFromTheEmailSignsInThenResetsAForgottenOne() throws Exception {
        String email = AccountsFixture.unique("nadia.new");
        new AccountsFixture(people, workplaces, accounts, jdbc).person("Nadia Newstart", email, "Ashbrook Children's Centre");

        // The admin invites her from the Invitations page.
        signIn(DemoLogins.ADMIN, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("invitations"));
        page.locator("#uninvited").waitFor();
        page.getByLabel("Find by name or e-mail").first().fill("Nadia Newstart");
        page.getByLabel("Find by name or e-mail").first().press("Enter");
        assertThat(page.locator("#uninvited")).containsText(email);
        assertAccessible("the Invitations page");
        // Her row's tick box (the list is filtered to her; the header's "select all" is hidden for a paged list).
        page.locator("#uninvited vaadin-grid-cell-content vaadin-checkbox")
            .filter(new com.microsoft.playwright.Locator.FilterOptions().setVisible(true)).first().click();
        page.locator("#invite-selected").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Invitations sent: 1");
        assertThat(page.locator("#not-accepted")).containsText(email);
        signOut();

        // She opens the link from the e-mail and chooses a password; a common one is refused first.
        String invitation = linkFromMail(email, 1);
        page.navigate(invitation);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Welcome to Centre CPD: choose your password");
        assertAccessible("the set-password page");
        choosePassword("Password2026!");
        assertThat(page.locator("#new-password")).containsText("attackers try first");
        choosePassword("marble otter lantern");
        page.waitForURL(u -> u.contains("/login?password-set"));
        assertThat(page.locator("#login-notice")).hasText("Your password is set. Sign in with your e-mail address and your new password.");
        assertAccessible("the sign-in page after setting a password");
        signIn(email, "marble otter lantern");
        page.waitForURL(u -> !u.contains("/login"));
        assertThat(page.locator(".user-footer")).containsText("Nadia Newstart");
        signOut();

        // The link works once.
        page.navigate(invitation);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("This link no longer works");
        assertAccessible("a used link");

        // She forgets her password. (No single sign-on is configured here, so the page offers none.)
        page.navigate(url("login"));
        assertThat(page.locator("#sso-sign-in")).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Forgotten your password?")).click();
        page.waitForURL(u -> u.contains("/forgot-password"));
        assertAccessible("the forgotten-password page");
        page.locator("#reset-email input").fill(email);
        page.locator("#reset-send").click();
        assertThat(page.locator("#reset-sent")).containsText("If " + email + " is the e-mail address of a sign-in here");
        assertAccessible("the forgotten-password page, link sent");

        page.navigate(linkFromMail(email, 2));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Choose a new password");
        choosePassword("heron quilt compass");
        page.waitForURL(u -> u.contains("/login?password-set"));
        signIn(email, "heron quilt compass");
        page.waitForURL(u -> !u.contains("/login"));
        assertThat(page.locator(".user-footer")).containsText("Nadia Newstart");
        assertThat(URI.create(page.url()).getPath()).isEqualTo("/");
    }
}
