package org.centrecpd.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.BrowserTestSupport;
import org.centrecpd.support.Inbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.centrecpd.support.TestJvm;

/**
 * Onboarding end to end, in real browsers, with real e-mail (GreenMail): an admin uploads a staff
 * file, confirms the preview, and invites one of the people just imported from the Invitations page;
 * that person opens the link from the e-mail on another computer (a browser context of its own),
 * chooses a password, signs in and is greeted by name on the home page; she signs out, and the
 * admin finds her invitation, sign-in and sign-out in the audit log. Every page is checked with
 * axe (WCAG 2.2 AA). On a database of its own: it commits new people and accounts.
 */
class ImportInviteSignInJourneyBrowserIT extends BrowserTestSupport {

    @RegisterExtension
    static GreenMailExtension smtp = TestJvm.smtp();
    private final Inbox inbox = new Inbox(smtp);

    private static final Pattern LINK = Pattern.compile("https://cpd\\.council\\.example/(set-password/[A-Za-z0-9_-]+)");
    private static final String HEADINGS = "\uFEFFName,E-mail,Job role,Centre,Start date,Manages centres";
    private static final String IMOGEN = "imogen.achterberg@newcouncil.example";

    @Test
    void anAdminImportsStaffInvitesOneAndSheSetsAPasswordFromTheEmailAndSignsIn() throws Exception {
        // The admin imports the staff file (the template's headings, as the import page offers them).
        signIn(DemoLogins.ADMIN, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("admin/import"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Templates"))).isVisible();
        assertAccessible("the import page");
        Path staff = Files.createTempFile("staff-new-council", ".csv");
        Files.writeString(staff, HEADINGS + "\r\n"
            + "Imogen Achterberg," + IMOGEN + ",Family support worker,Ashbrook Children's Centre,01/09/2026,\r\n"
            + "Tomasz Wierzbicki,tomasz.wierzbicki@newcouncil.example,Outreach worker,Ashbrook Children's Centre,01/09/2026,\r\n",
            StandardCharsets.UTF_8);
        page.locator("#import-upload input[type=file]").setInputFiles(staff);
        // The preview arrives by server push after parsing on another thread: wait for it, not a fixed time.
        assertThat(page.locator("#import-status")).containsText("To create: 2; to change: 0; to end: 0",
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(page.locator("#import-changes")).containsText(IMOGEN);
        assertAccessible("the preview of the staff import");
        page.locator("#import-confirm").click();
        assertThat(page.locator("#import-status")).hasText("Imported: 2 created, 0 changed, 0 ended.",
            new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertAccessible("the finished import");

        // Invitations: the people just imported have no sign-in yet; the admin finds Imogen by her e-mail
        // address (unique, unlike a name) and invites her.
        page.navigate(url("invitations"));
        page.locator("#uninvited").waitFor();
        Locator find = page.getByLabel("Find by name or e-mail").first();
        find.fill(IMOGEN);
        find.press("Enter");
        assertThat(page.locator("#uninvited")).containsText(IMOGEN, new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertThat(page.locator("#uninvited")).not().containsText("tomasz.wierzbicki@newcouncil.example");
        assertAccessible("the Invitations page, filtered to an imported person");
        page.locator("#uninvited vaadin-grid-cell-content vaadin-checkbox")
            .filter(new Locator.FilterOptions().setVisible(true)).first().click();
        page.locator("#invite-selected").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Invitations sent: 1");
        assertThat(page.locator("#not-accepted")).containsText(IMOGEN);
        assertAccessible("the Invitations page after inviting");

        // The e-mail reaches her (and only her: Tomasz was not invited).
        String text = Inbox.text(inbox.awaitMessage(IMOGEN, 1));
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a set-password link in " + text).isTrue();
        assertThat(inbox.to("tomasz.wierzbicki@newcouncil.example")).isEmpty();

        // She opens the link on her own computer: no session of the admin's.
        Page admin = page;
        page = freshPage();
        page.navigate(url(link.group(1)));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
            .hasText("Welcome to Centre CPD: choose your password");
        assertAccessible("the set-password page from the invitation");
        page.locator("#new-password input").fill("saffron kettle harbour");
        page.locator("#repeat-password input").fill("saffron kettle harbour");
        page.locator("#set-password").click();
        page.waitForURL(u -> u.contains("/login?password-set"));
        assertThat(page.locator("#login-notice")).hasText("Your password is set. Sign in with your e-mail address and your new password.");
        assertAccessible("the sign-in page after setting a password");

        signIn(IMOGEN, "saffron kettle harbour");
        page.waitForURL(u -> !u.contains("/login"));
        assertThat(URI.create(page.url()).getPath()).isEqualTo("/");
        assertThat(page.locator("#home h2").first()).hasText("Welcome, Imogen Achterberg");
        assertThat(page.locator(".user-footer")).containsText("Imogen Achterberg");
        assertAccessible("her home page");

        // She signs out; the admin sees her sign-in and sign-out in the audit log.
        signOut();
        page = admin;
        page.navigate(url("admin/audit"));
        page.getByLabel("Person").first().fill(IMOGEN);
        assertThat(page.locator("#audit-grid")).containsText("Signed out", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertThat(page.locator("#audit-grid")).containsText("Signed in");
        assertThat(page.locator("#audit-grid")).containsText("Invitation");
        assertAccessible("the audit log filtered to the new member of staff");
    }
}
