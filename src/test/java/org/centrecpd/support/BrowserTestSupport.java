package org.centrecpd.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real-browser journeys: the whole app on a random port, driven by Playwright in the machine's own
 * headless Chromium (Debian's package; no browser download). Accessibility is checked with axe-core
 * against WCAG 2.2 A/AA on the pages the journeys visit.
 */
@WebTest
public abstract class BrowserTestSupport {

    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;
    private BrowserContext context;
    private final List<BrowserContext> otherContexts = new java.util.ArrayList<>();
    /** What the browser refused under the Content-Security-Policy, on any page of the test. */
    private final List<String> policyViolations = new java.util.concurrent.CopyOnWriteArrayList<>();
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        String executable = CHROMIUM.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst()
            .orElseThrow(() -> new IllegalStateException("Chromium not found: apt-get install -y chromium"));
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(Path.of(executable))
            .setHeadless(true)
            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        context.setDefaultTimeout(20_000);
        // What a person waits for (a heading after sign-in) may take a few seconds on a cold, loaded CI machine; a
        // passing check returns as soon as it holds, so only a failure waits this long.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        watchPolicy(context);
        page = context.newPage();
    }

    /** The refusals so far: a test that provokes one on purpose reads them and clears them. */
    protected List<String> policyViolations() {
        return policyViolations;
    }

    /** Every journey runs under the app's Content-Security-Policy: a refusal in the console fails the test. */
    private void watchPolicy(BrowserContext watched) {
        watched.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
    }

    @AfterEach
    void closePage() {
        otherContexts.forEach(BrowserContext::close);
        otherContexts.clear();
        context.close();
        assertThat(policyViolations).as("Content-Security-Policy violations in the browser's console").isEmpty();
    }

    /**
     * A page in a browser context of its own (no cookies or session shared with {@link #page}):
     * another person on another computer. Closed after the test like the first.
     */
    protected Page freshPage() {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        other.setDefaultTimeout(20_000);
        watchPolicy(other);
        otherContexts.add(other);
        return other.newPage();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Signs in through the real login form and waits for the home page. */
    protected void signIn(String username, String password) {
        page.navigate(url("login"));
        page.getByLabel("E-mail address").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    protected void signOut() {
        page.locator("#sign-out").click();
        page.waitForURL(u -> u.contains("/login"));
    }

    /** Fails with the list of WCAG 2.2 A/AA violations axe-core finds on the current page. */
    protected void assertAccessible(String what) {
        // Measure the settled page: an overlay that is still fading in has not reached its real contrast. A
        // notification that times out while axe runs fades out under it (a clean-clone run measured a success
        // notification's white text on its own half-transparent card, 1.01:1), so open notifications are held
        // open for the analysis and get their timers back afterwards.
        page.evaluate("() => document.querySelectorAll('vaadin-notification').forEach(n => {"
            + " if (n.opened && n.duration > 0) { n.dataset.heldFor = n.duration; n.duration = 0; } })");
        page.waitForFunction("() => !document.querySelector('[opening], [closing]')");
        page.waitForTimeout(300);
        AxeResults results;
        try {
            results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        } finally {
            page.evaluate("() => document.querySelectorAll('vaadin-notification[data-held-for]').forEach(n => {"
                + " n.duration = Number(n.dataset.heldFor); delete n.dataset.heldFor; })");
        }
        List<Rule> violations = results.getViolations();
        String report = violations.stream()
            .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " – "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")))
            .collect(Collectors.joining("\n"));
        assertThat(violations).as("WCAG 2.2 AA violations on " + what + ":\n" + report).isEmpty();
    }
}
