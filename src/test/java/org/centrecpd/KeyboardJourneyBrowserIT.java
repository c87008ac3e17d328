package org.centrecpd;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Each role with the keyboard alone (issue 33 §7): from a page load the skip link is the first Tab stop and the
 * content's first control is at most three Tabs away; every page has one main landmark and headings that never
 * skip a level; after moving to another page through the menu, focus is on that page's h1. The training matrix
 * shows all its rows at 1280 × 900 and at 390 px wide (§2). Axe on every page visited.
 */
class KeyboardJourneyBrowserIT extends BrowserTestSupport {

    private static final Map<String, List<String>> PAGES = Map.of(
        DemoLogins.PRACTITIONER, List.of("", "training/mine", "training/record", "workshops", "courses"),
        DemoLogins.MANAGER, List.of("", "training", "workshops"),
        DemoLogins.PARTNER, List.of("", "training", "training/roll-up", "workshops", "training/record"),
        DemoLogins.ADMIN, List.of("", "admin/import"));

    /** Where focus is: "skip", "h1", "content" (in the main landmark) or elsewhere (a component counts as its host). */
    private static final String FOCUS = """
        () => {
          const host = document.activeElement;
          if (!host || host === document.body) { return 'body'; }
          if (host.id === 'skip-link') { return 'skip'; }
          if (host.id === 'view-title') { return 'h1'; }
          return host.closest('#main-content') ? 'content' : 'elsewhere:' + host.tagName;
        }""";

    @org.junit.jupiter.api.BeforeEach
    void patientAssertions() {
        // The first page of a role can take seconds on a loaded machine; the assertions wait for it.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @Test
    void everyRoleReachesTheContentInAFewTabsAndMeetsOneMainAndOrderedHeadings() {
        try {
            everyRole();
        } catch (AssertionError | RuntimeException e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/keyboard-journey-failure.png")));
            throw e;
        }
    }

    private void everyRole() {
        page.setViewportSize(1280, 900);
        for (String login : List.of(DemoLogins.PRACTITIONER, DemoLogins.MANAGER, DemoLogins.PARTNER, DemoLogins.ADMIN)) {
            signIn(login, DemoLogins.PASSWORD);
            page.waitForURL(u -> !u.contains("/login"));
            for (String path : PAGES.get(login)) {
                String where = login + " on /" + path;
                page.navigate(url(path));
                assertThat(page.locator("#view-title")).not().isEmpty();
                assertThat(page.title()).as("document title of " + where).endsWith(" – Centre CPD")
                    .contains(page.locator("#view-title").textContent().strip().split(" ")[0]);
                assertThat(tabsToContent()).as("Tabs from loading " + where + " to its first control").isLessThanOrEqualTo(3);
                assertLandmarksAndHeadings(where);
                assertAccessible(where);
            }
            if (login.equals(DemoLogins.MANAGER)) {
                matrixShowsEveryRow("1280 × 900");
                page.setViewportSize(390, 844);
                page.reload();
                matrixIsOneCardPerPerson();
                assertAccessible("the matrix at 390 px");
                page.setViewportSize(1280, 900);
            }
            focusMovesToTheH1AfterNavigating(login);
            signOut();
        }
    }

    @Test
    void aFailedSignInIsAnnouncedAndFocused() {
        signIn(DemoLogins.MANAGER, "not-the-password");
        assertThat(page.locator("#login-error[role=alert]")).containsText("E-mail address or password not recognised");
        assertThat(page.locator("#login-error")).isFocused();
    }

    /** Tab from the top of the page; the skip link, when met, is followed with Enter. */
    private int tabsToContent() {
        int tabs = 0;
        boolean skipped = false;
        while (tabs < 10) {
            page.keyboard().press("Tab");
            tabs++;
            String focus = (String) page.evaluate(FOCUS);
            if (tabs == 1) {
                assertThat(focus).as("the first Tab stop").isEqualTo("skip");
            }
            if (focus.equals("skip") && !skipped) {
                page.keyboard().press("Enter");
                assertThat((String) page.evaluate(FOCUS)).as("focus after the skip link").isEqualTo("h1");
                skipped = true;
            } else if (focus.equals("content")) {
                return tabs;
            }
        }
        return tabs;
    }

    private void assertLandmarksAndHeadings(String where) {
        assertThat(page.locator("main, [role=main]")).hasCount(1);
        @SuppressWarnings("unchecked")
        List<Object> levels = (List<Object>) page.evaluate("""
            () => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
                .filter(h => h.getClientRects().length > 0)
                .map(h => Number(h.tagName.substring(1)))""");
        assertThat(levels).as("heading levels on " + where).isNotEmpty().first().isEqualTo(1);
        assertThat(levels.stream().filter(l -> ((Number) l).intValue() == 1)).as("h1s on " + where).hasSize(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(((Number) levels.get(i)).intValue()).as("heading " + (i + 1) + " of " + levels + " on " + where)
                .isLessThanOrEqualTo(((Number) levels.get(i - 1)).intValue() + 1);
        }
    }

    /** A manager's Training is their one centre's matrix: every person a row the reader can see, no box of its own. */
    private void matrixShowsEveryRow(String size) {
        page.navigate(url("training"));
        page.waitForURL(u -> u.contains("/training/centres/"));
        assertThat(page.locator("#matrix")).isVisible();
        @SuppressWarnings("unchecked")
        Map<String, Object> rows = (Map<String, Object>) page.waitForFunction("""
            () => {
              const grid = document.getElementById('matrix');
              const box = grid.getBoundingClientRect();
              const shown = [...grid.shadowRoot.querySelectorAll('tbody#items tr')].filter(r => {
                const rect = r.getBoundingClientRect();
                return !r.hidden && rect.height > 0 && rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1;
              });
              return grid.size > 0 && shown.length > 0 ? { size: grid.size, shown: shown.length } : null;
            }""").jsonValue();
        // "29 people, 6 courses: …"
        long staff = Long.parseLong(page.locator("#matrix-summary").textContent().strip().split(" ")[0]);
        assertThat(((Number) rows.get("size")).intValue()).as("rows in the matrix at " + size).isEqualTo((int) staff);
        assertThat(((Number) rows.get("shown")).intValue()).as("rows shown whole at " + size).isEqualTo((int) staff);
    }

    /**
     * At 390 px the matrix is one card per person (§2): their name, and each course's status in words with its icon, never
     * colour alone; nothing on the page scrolls sideways.
     */
    private void matrixIsOneCardPerPerson() {
        page.waitForURL(u -> u.contains("/training/centres/"));
        assertThat(page.locator("#matrix-cards")).isVisible();
        assertThat(page.locator("vaadin-grid#matrix")).isHidden();
        long staff = Long.parseLong(page.locator("#matrix-summary").textContent().strip().split(" ")[0]);
        assertThat(page.locator("#matrix-cards > li")).hasCount((int) staff);
        var first = page.locator("#matrix-cards > li").first();
        assertThat(first.locator("h2 a")).not().isEmpty();
        assertThat(first.locator("dd .training-status").first()).hasText(java.util.regex.Pattern.compile("[A-Za-z]{3,}"));
        assertThat(first.locator("dd .training-status vaadin-icon").first()).isAttached();
        assertNoSidewaysScroll("the matrix at 390 px");
    }

    /** The page, and the main landmark inside it, are no wider than the window: nothing scrolls sideways (WCAG 1.4.10). */
    private void assertNoSidewaysScroll(String where) {
        @SuppressWarnings("unchecked")
        Map<String, Object> widths = (Map<String, Object>) page.evaluate("""
            () => {
              const main = document.getElementById('main-content');
              const wider = [...main.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
                  && e.getClientRects().length > 0 && !e.closest('vaadin-grid'))
                .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''));
              // Not asserted, named in the message: what holds content wider than itself (a long word in a card).
              const overflowing = [...main.querySelectorAll('*')].filter(e => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1
                  && !e.closest('vaadin-grid')).slice(-3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''));
              return { window: window.innerWidth, page: document.scrollingElement.scrollWidth, main: main.scrollWidth, overflowing: overflowing.join(', '),
                       mainBox: main.clientWidth, wider: wider.join(', ') };
            }""");
        int window = ((Number) widths.get("window")).intValue();
        assertThat(((Number) widths.get("page")).intValue()).as("page width at " + where + " " + widths).isLessThanOrEqualTo(window);
        assertThat(((Number) widths.get("main")).intValue()).as("content width at " + where + " " + widths)
            .isLessThanOrEqualTo(((Number) widths.get("mainBox")).intValue() + 1);
        assertThat((String) widths.get("wider")).as("elements reaching past the window at " + where).isEmpty();
    }

    /**
     * WCAG 1.4.10 at 200 % and 400 % zoom: a 1280 px window at 200 % lays the page out in 640 CSS px, at 400 % in 320.
     * Each role's home reflows into those widths: nothing scrolls sideways (a data grid may scroll inside itself, which 1.4.10 allows for tables).
     */
    @Test
    void eachRolesHomeReflowsAtTwoHundredPercentZoom() {
        for (String login : List.of(DemoLogins.PRACTITIONER, DemoLogins.MANAGER, DemoLogins.PARTNER, DemoLogins.ADMIN)) {
            page.setViewportSize(1280, 900);
            signIn(login, DemoLogins.PASSWORD);
            page.waitForURL(u -> !u.contains("/login"));
            page.setViewportSize(640, 450);
            page.navigate(url(""));
            assertThat(page.locator("#view-title")).not().isEmpty();
            assertThat(page.locator("#home")).isVisible();
            page.waitForTimeout(300);
            assertNoSidewaysScroll("the home page of " + login + " at 200 % zoom");
            // 400 % zoom: the same window lays the page out in 320 CSS px, the width 1.4.10 names.
            page.setViewportSize(320, 225);
            page.waitForTimeout(300);
            assertNoSidewaysScroll("the home page of " + login + " at 400 % zoom");
            if (login.equals(DemoLogins.PRACTITIONER)) {
                colleaguesReadInFull();
            }
            page.setViewportSize(1280, 900);
            signOut();
        }
    }

    /**
     * The practitioner's Colleagues grid at 320 px: every name and job role is read in full, wrapped onto more lines
     * rather than cut to "Family supp…" (the finding).
     */
    private void colleaguesReadInFull() {
        assertThat(page.locator("#colleagues vaadin-grid-cell-content").first()).isAttached();
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) page.evaluate("""
            () => [...document.querySelectorAll('#colleagues vaadin-grid-cell-content')]
                .filter(c => c.textContent.trim().length > 0 && c.scrollWidth > c.clientWidth + 1)
                .map(c => c.textContent.trim())""");
        assertThat(cut).as("colleagues' cells cut at 320 px").isEmpty();
        String roles = (String) page.evaluate(
            "() => [...document.querySelectorAll('#colleagues vaadin-grid-cell-content')].map(c => c.textContent).join('|')");
        assertThat(roles).as("the job roles shown in full").contains("Family support");
    }

    /**
     * After an action that redraws part of a page, focus stays on the control that was used (WCAG 2.4.3), never dropped
     * to the page's body: the manager's matrix after a filter changes and after the assign dialog is closed, and the
     * journal after its search changes and after the share dialog is closed.
     */
    @Test
    void focusStaysWithTheControlUsedWhenAPageRedraws() {
        page.setViewportSize(1280, 900);
        signIn(DemoLogins.MANAGER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("training"));
        // A manager of one centre is forwarded to its matrix inside the page (no new load to wait for).
        var summary = page.locator("#matrix-summary");
        assertThat(summary).not().isEmpty();
        String before = summary.textContent();
        page.locator("#matrix-status input").focus();
        page.keyboard().type("Overdue");
        // Enter chooses the item the list shows for what was typed: wait for the list to show it first (on a busy
        // machine Enter could come before the filtered list, and nothing was chosen).
        page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Overdue"))
            .first().waitFor();
        page.keyboard().press("Enter");
        page.waitForFunction("s => document.getElementById('matrix-summary').textContent !== s", before);
        assertFocusWithin("#matrix-status", "the matrix after its status filter changed");
        page.locator("#assign").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("vaadin-dialog-overlay, vaadin-dialog")).not().hasCount(0);
        page.waitForTimeout(300);
        page.keyboard().press("Escape");
        page.waitForFunction("() => !document.querySelector('vaadin-dialog[opened]')");
        assertFocusWithin("#assign", "the matrix after the assign dialog closed");
        signOut();

        signIn(DemoLogins.PRACTITIONER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("journal"));
        var count = page.locator("#journal-count");
        assertThat(count).not().isEmpty();
        String all = count.textContent();
        page.locator("#journal-search input").focus();
        page.keyboard().type("zzzz-nothing-matches");
        page.waitForFunction("s => document.getElementById('journal-count').textContent !== s", all);
        assertFocusWithin("#journal-search", "the journal after its search changed");
        page.keyboard().press("Escape");
        page.locator("#journal-search input").fill("");
        page.waitForFunction("s => document.getElementById('journal-count').textContent === s", all);
        page.locator("#share-selected").focus();
        page.keyboard().press("Enter");
        // Nothing selected: a message says so and focus stays on the button.
        page.waitForTimeout(500);
        assertFocusWithin("#share-selected", "the journal after sharing with nothing selected");
    }

    /**
     * Sharing a journal entry redraws its sharing section and takes away the button that was pressed (issue 33 §7,
     * WCAG 2.4.3): focus goes to the control that replaced it, "Stop sharing", and back to "Share with …" after
     * stopping, never to the page's body. The practitioner writes an entry of her own for it, so the demo's shares do
     * not matter.
     */
    @Test
    void focusGoesToTheControlThatReplacedTheShareButton() {
        page.setViewportSize(1280, 900);
        String title = "Focus after sharing " + java.util.UUID.randomUUID().toString().substring(0, 6);
        signIn(DemoLogins.PRACTITIONER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("journal/write"));
        page.locator("#entry-title input").fill(title);
        page.locator("#section-body textarea").fill("Written to check where focus goes after sharing.");
        assertThat(page.locator("#save-status")).containsText("Saved at");
        page.locator("#finish-entry").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#view-title")).hasText(title);

        var share = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share with Daniel Whitcombe").setExact(true));
        share.focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#sharing")).containsText("Shared with Daniel Whitcombe");
        var stop = page.locator("#sharing vaadin-button[id^='unshare-']");
        assertThat(stop).hasCount(1);
        assertThat(stop).isFocused();
        assertThat(share).hasCount(0);

        page.keyboard().press("Enter");
        assertThat(share).hasCount(1);
        assertThat(share).isFocused();
        assertThat(page.locator("#sharing vaadin-button[id^='unshare-']")).hasCount(0);
    }

    private void assertFocusWithin(String selector, String where) {
        page.waitForTimeout(300);
        Object inside = page.evaluate("""
            sel => { const f = document.activeElement; const host = document.querySelector(sel);
                     return f && f !== document.body && host && (host === f || host.contains(f)) ? true
                       : (f ? f.tagName + '#' + f.id : 'nothing'); }""", selector);
        assertThat(inside).as("focus on " + where).isEqualTo(true);
    }

    /** Through the menu with the keyboard: focus then sits on the new page's h1, which a screen reader reads out. */
    private void focusMovesToTheH1AfterNavigating(String login) {
        page.navigate(url(""));
        assertThat(page.locator("#view-title")).not().isEmpty();
        String target = PAGES.get(login).getLast();
        // Playwright's CSS looks into shadow roots: the item's own link.
        page.locator("vaadin-side-nav-item[path='" + target + "'] a").first().focus();
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.endsWith("/" + target));
        page.waitForFunction("() => document.activeElement && document.activeElement.id === 'view-title'");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isFocused();
    }
}
