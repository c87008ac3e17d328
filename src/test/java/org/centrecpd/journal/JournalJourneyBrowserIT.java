package org.centrecpd.journal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The journal in a real browser: a practitioner writes a Gibbs entry, closes the tab mid-sentence
 * and gets the draft back, finishes and shares it; her manager reads it and leaves feedback; she
 * sees the feedback and that he opened it. Every page on the way is checked with axe.
 */
class JournalJourneyBrowserIT extends BrowserTestSupport {

    private void link(String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    @Test
    void aGibbsEntryIsAutosavedSharedReadAndAnswered() {
        String title = "Stay and play " + UUID.randomUUID().toString().substring(0, 6);
        signIn(DemoLogins.PRACTITIONER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        link("My journal");
        assertThat(page.locator("#entries")).isVisible();
        assertAccessible("my journal");

        page.locator("#new-entry").click();
        page.locator("#entry-title input").fill(title);
        page.locator("#entry-model").getByText("Gibbs’ reflective cycle").click();
        page.locator("#section-description textarea").fill("A grandad came with twins for the first time.");
        assertThat(page.locator("#save-status")).containsText("Saved at");
        page.locator("#section-feelings textarea").fill("Pleased, and a little worried he felt out of place.");
        // No blur, no button: the autosave alone must keep it when the tab closes.
        assertThat(page.locator("#save-status")).containsText("Saved at");
        page.waitForTimeout(1500);
        assertAccessible("the entry editor");
        Page leftBehind = page;
        page = leftBehind.context().newPage();
        leftBehind.close();

        page.navigate(url("journal"));
        assertThat(page.locator("#drafts")).containsText(title);
        page.locator("#drafts a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title)).click();
        assertThat(page.locator("#section-description textarea")).hasValue("A grandad came with twins for the first time.");
        assertThat(page.locator("#section-feelings textarea")).hasValue("Pleased, and a little worried he felt out of place.");
        page.locator("#finish-entry").click();

        assertThat(page.locator("#view-title")).hasText(title);
        assertThat(page.locator("#entry-content")).containsText("A grandad came with twins for the first time.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share with Daniel Whitcombe")).click();
        assertThat(page.locator("#sharing")).containsText("Shared with Daniel Whitcombe");
        assertThat(page.locator("#reads")).containsText("Nobody has opened this entry.");
        assertAccessible("an entry of mine, shared");
        signOut();

        signIn(DemoLogins.MANAGER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        link("Supervision");
        link("Amara Osei");
        assertAccessible("a member of staff's supervision page");
        link(title);
        assertThat(page.locator("#entry-content")).containsText("Pleased, and a little worried he felt out of place.");
        page.locator("#feedback-text textarea").fill("Good to see you noticed how he felt. Could the dads' group help?");
        assertAccessible("a shared entry, as the manager reads it");
        page.locator("#send-feedback").click();
        // The page stays on the entry and says so where the manager is looking (issue 33 §3).
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Feedback sent")).first())
            .containsText("Amara Osei reads it with the entry");
        assertThat(page.locator("#entry-content")).containsText("Pleased, and a little worried he felt out of place.");
        signOut();

        signIn(DemoLogins.PRACTITIONER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        link("My journal");
        link(title);
        assertThat(page.locator("#feedback")).containsText("Good to see you noticed how he felt. Could the dads' group help?");
        assertThat(page.locator("#feedback")).containsText("From Daniel Whitcombe");
        assertThat(page.locator("#reads")).containsText("Daniel Whitcombe opened it on");
        assertAccessible("an entry of mine with feedback");
    }

    @Test
    void textTypedWhileOfflineIsOfferedBackAfterTheTabIsClosed() {
        String title = "Home visit " + UUID.randomUUID().toString().substring(0, 6);
        signIn(DemoLogins.PRACTITIONER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("journal/write"));
        page.locator("#entry-title input").fill(title);
        page.locator("#section-body textarea").fill("Saved while online.");
        assertThat(page.locator("#save-status")).containsText("Saved at");
        page.waitForURL(u -> u.matches(".*/journal/write/[0-9]+$"));
        String entryUrl = page.url();
        page.waitForTimeout(1500);

        // The connection drops; the author types on, then closes the tab.
        page.context().setOffline(true);
        page.locator("#section-body textarea").fill("Saved while online. Typed on the bus with no signal.");
        page.waitForTimeout(1500);
        Page closed = page;
        page = closed.context().newPage();
        closed.close();
        page.context().setOffline(false);

        page.navigate(entryUrl);
        assertThat(page.locator("#section-body textarea")).hasValue("Saved while online.");
        assertThat(page.locator("#backup-offer")).containsText("never reached the server");
        assertAccessible("the editor offering unsaved text back");
        page.locator("#restore-backup").click();
        assertThat(page.locator("#section-body textarea")).hasValue("Saved while online. Typed on the bus with no signal.");
        assertThat(page.locator("#save-status")).containsText("Saved at");
        page.waitForTimeout(500);

        // Saved on the server now, and the browser's copy is gone: nothing is offered again.
        page.reload();
        assertThat(page.locator("#section-body textarea")).hasValue("Saved while online. Typed on the bus with no signal.");
        page.waitForTimeout(1000);
        assertThat(page.locator("#backup-offer")).isHidden();
        assertThat(page.locator("#entry-title input")).hasValue(title);
    }
}
