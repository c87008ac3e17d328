package org.centrecpd.reviews;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The termly review end to end in a real browser: Helen (partner) prepares this term's review of Bramley,
 * judges each area, agrees an action with Priya (Bramley's manager) and shares it; Priya responds; Helen
 * signs it off and downloads the PDF, whose text says what the page says. Axe-checked on every new page,
 * in light and dark, and at phone width.
 */
class ReviewJourneyBrowserIT extends BrowserTestSupport {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private void accessible(String what) {
        page.waitForFunction("() => document.title.length > 0");
        assertAccessible(what);
    }

    @Test
    void prepareShareRespondSignOffDownload() throws Exception {
        signIn(DemoLogins.PARTNER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        assertThat(page.locator("#reviews-due-summary")).containsText("due for review");
        page.navigate(url("reviews"));
        accessible("the reviews due (partner)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prepare the review of Bramley Children's Centre")).click();
        page.waitForURL(u -> u.matches(".*/reviews/\\d+$"));
        String reviewUrl = page.url();
        assertThat(page.locator("#review-state")).containsText("Draft");
        assertThat(page.locator("#pack-staff")).containsText("Staff in post at the end of the term");
        accessible("a review in draft with its pack");

        page.locator("#review-visit input").fill(LocalDate.now().minusDays(1).format(UK));
        page.locator("#review-visit input").press("Enter");
        for (CorePurposeArea area : CorePurposeArea.values()) {
            page.locator("#judgement-" + area.id()).getByText(area == CorePurposeArea.TARGETED_SUPPORT ? "Needs attention" : "Developing")
                .click();
        }
        page.locator("#commentary-targeted-support textarea").fill("Referral routes are not yet known to the whole team.");
        page.locator("#review-strengths textarea").fill("Warm welcome; strong health partnership.");
        page.locator("#review-priorities textarea").fill("Targeted support pathway.");
        page.locator("#review-save").click();
        assertThat(page.getByText("Review saved.")).isVisible();

        page.locator("#review-add-action").click();
        page.locator("#action-body textarea").fill("Walk the team through the targeted support pathway");
        page.locator("#action-owner input").fill("Priya");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Priya Natarajan")).click();
        page.locator("#action-due input").fill(LocalDate.now().plusDays(30).format(UK));
        page.locator("#action-due input").press("Enter");
        accessible("the action dialog");
        page.locator("#action-save").click();
        assertThat(page.locator("#review-actions")).containsText("Walk the team through the targeted support pathway");
        page.locator("#review-share").click();
        assertThat(page.locator("#review-state")).containsText("Shared with the centre");
        signOut();

        // Bramley's manager responds.
        signIn(DemoLogins.OTHER_MANAGER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("reviews"));
        accessible("the reviews shared with a manager");
        page.navigate(reviewUrl);
        accessible("a shared review, for the manager to respond");
        page.locator("#response-targeted-support textarea").fill("Agreed: the pathway is on the next team day.");
        page.locator("[id^=action-response-] textarea").first().fill("Booked for the 14th.");
        page.locator("#review-respond").click();
        assertThat(page.getByText("Your responses are saved.")).isVisible();
        signOut();

        // Helen signs it off and downloads the PDF.
        signIn(DemoLogins.PARTNER, DemoLogins.PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(reviewUrl);
        page.locator("#review-sign-off").click();
        assertThat(page.locator("#review-state")).containsText("Signed off");
        assertThat(page.locator("#review-judgements")).containsText("Agreed: the pathway is on the next team day.");
        accessible("a signed-off review");
        String staff = page.locator("#pack-staff tbody tr").first().locator("td").innerText().trim();
        Download download = page.waitForDownload(() -> page.locator("#review-pdf").click());
        byte[] pdf = Files.readAllBytes(download.path());
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Termly review: Bramley Children's Centre", "Staff in post at the end of the term " + staff,
            "Agreed: the pathway is on the next team day.", "Needs attention");
        // A table cell's text that wraps is written line by line across its row, between the other cells' lines
        // ("Walk the team through the targeted Priya Natarajan 6 Jan Booked for the Open support pathway 2027 …"):
        // the action's words are all there, in order.
        assertThat(wordsInOrder(text, "Walk the team through the targeted support pathway")).as("the action, in the PDF's text").isTrue();

        // Dark mode, then phone width (where the menu, with the switch, is a drawer).
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Light or dark")).click();
        assertThat(page.locator("html")).hasAttribute("theme", "dark");
        accessible("a signed-off review in dark mode");
        page.setViewportSize(390, 844);
        accessible("a signed-off review in dark mode on a phone");
    }

    /** Every word of {@code phrase} occurs in {@code text}, in the same order (other words may come between). */
    private static boolean wordsInOrder(String text, String phrase) {
        List<String> words = List.of(text.split(" "));
        int at = 0;
        for (String word : phrase.split(" ")) {
            int found = words.subList(at, words.size()).indexOf(word);
            if (found < 0) {
                return false;
            }
            at += found + 1;
        }
        return true;
    }
}
