package org.centrecpd.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.ViewTest;
import org.centrecpd.training.domain.CentreTotals;
import org.centrecpd.training.ui.CentreTrainingView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * What a screen-reader user meets on every page (issue 33 §7): one main landmark holding the view under one h1, headings
 * that never skip a level, a document title naming the view and the service; and where a manager or partner starts
 * in training (§2).
 */
@CentreTest
class PageStructureTest extends ViewTest {

    private static final List<String> PRACTITIONER_PAGES = List.of("", "training/mine", "training/record", "workshops", "courses",
        "courses/managing-change", "courses/managing-change/units/1", "journal", "journal/write", "case-studies",
        "case-studies");
    private static final List<String> MANAGER_PAGES = List.of("", "training", "workshops", "supervision", "reviews", "briefings");
    private static final List<String> PARTNER_PAGES = List.of("", "training", "training/roll-up", "workshops", "training/record",
        "case-studies", "reviews");

    @Test
    @WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPractitionersPagesHaveOneH1InTheMainLandmarkAndNoSkippedHeadingLevel() {
        PRACTITIONER_PAGES.forEach(this::assertStructure);
    }

    @Test
    @WithUserDetails(value = DemoLogins.MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aManagersPagesHaveOneH1InTheMainLandmarkAndNoSkippedHeadingLevel() {
        MANAGER_PAGES.forEach(this::assertStructure);
    }

    @Test
    @WithUserDetails(value = DemoLogins.PARTNER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPartnersPagesHaveOneH1InTheMainLandmarkAndNoSkippedHeadingLevel() {
        PARTNER_PAGES.forEach(this::assertStructure);
    }

    @Test
    @WithUserDetails(value = DemoLogins.MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aManagerOfOneCentreGoesStraightToItsMatrix() {
        navigate("training", CentreTrainingView.class);
        assertThat(h1().getText()).startsWith("Training at ");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("training/centres/");
    }

    @Test
    @WithUserDetails(value = DemoLogins.PARTNER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPartnersCentresComeMostOverdueFirst() {
        navigate("training", org.centrecpd.training.ui.TrainingView.class);
        @SuppressWarnings("unchecked")
        Grid<CentreTotals> grid = $(Grid.class).id("training-centres");
        List<CentreTotals> rows = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            rows.add(test(grid).getRow(i));
        }
        assertThat(rows).hasSizeGreaterThan(1);
        List<Long> needing = rows.stream().map(r -> r.overdue() + r.expired()).toList();
        assertThat(needing).as("overdue and expired per centre, in the order listed").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(needing.getFirst()).as("the demo has overdue training somewhere").isPositive();
    }

    @Test
    @WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void theSearchPagesTitleSaysWhatWasSearchedFor() {
        navigate(org.centrecpd.casestudies.ui.CaseStudiesView.class);
        UI.getCurrent().navigate("case-studies", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("q", "parents")));
        // The title is written as the response goes out, after the router's own.
        roundTrip();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Results for “parents” – Good-practice case studies – Centre CPD");
    }

    private void assertStructure(String path) {
        navigate(path, com.vaadin.flow.component.Component.class);
        roundTrip();
        Element main = mainLandmark();
        List<Element> headings = new ArrayList<>();
        collectHeadings(shell(), headings);
        assertThat(headings).as("headings on /" + path).isNotEmpty();
        Element h1 = headings.getFirst();
        assertThat(h1.getTag()).as("first heading on /" + path).isEqualTo("h1");
        assertThat(h1.getParent()).as("the h1 of /" + path + " sits in the main landmark").isEqualTo(main);
        assertThat(h1.getTextRecursively()).as("h1 of /" + path).isNotBlank();
        assertThat(headings.stream().filter(h -> h.getTag().equals("h1"))).as("h1s on /" + path).hasSize(1);
        int level = 1;
        for (Element h : headings) {
            int next = Integer.parseInt(h.getTag().substring(1));
            assertThat(next).as("/" + path + ": \"" + h.getTextRecursively() + "\" (h" + next + ") after an h" + level)
                .isLessThanOrEqualTo(level + 1);
            assertThat(next > 1 && h.getTextRecursively().equals(h1.getTextRecursively()))
                .as("/" + path + ": an h" + next + " repeats the h1 \"" + h1.getTextRecursively() + "\"").isFalse();
            level = next;
        }
        assertThat(UI.getCurrent().getInternals().getTitle()).as("document title of /" + path)
            .endsWith(" – Centre CPD").contains(h1.getTextRecursively().isBlank() ? "" : firstWords(h1.getTextRecursively()));
    }

    private static String firstWords(String text) {
        return text.length() > 12 ? text.substring(0, 12) : text;
    }

    /** The page as drawn: the UI keeps its content under a wrapper element that is not among its children. */
    private Element shell() {
        return $(MainLayout.class).single().getElement();
    }

    private Element mainLandmark() {
        List<Element> mains = new ArrayList<>();
        collect(shell(), e -> e.getTag().equals("main") || "main".equals(e.getAttribute("role")), mains);
        assertThat(mains).as("main landmarks").hasSize(1);
        return mains.getFirst();
    }

    private Element h1() {
        List<Element> h1s = new ArrayList<>();
        collect(shell(), e -> e.getTag().equals("h1"), h1s);
        assertThat(h1s).hasSize(1);
        return h1s.getFirst();
    }

    /** Headings in document order, those in hidden parts (not rendered) left out. */
    private static void collectHeadings(Element from, List<Element> into) {
        collect(from, e -> e.getTag().matches("h[1-6]"), into);
    }

    private static void collect(Element from, java.util.function.Predicate<Element> wanted, List<Element> into) {
        if (from.isTextNode() || !from.isVisible()) {
            return;
        }
        if (wanted.test(from)) {
            into.add(from);
        }
        from.getChildren().forEach(child -> collect(child, wanted, into));
        // Markdown and other HTML written as a whole (course units) keeps its headings in its inner HTML.
        String inner = from.getProperty("innerHTML");
        if (inner != null && from.getChildCount() == 0) {
            org.jsoup.Jsoup.parseBodyFragment(inner).body().select("h1, h2, h3, h4, h5, h6")
                .stream().map(h -> new Element(h.tagName()).setText(h.text())).filter(wanted).forEach(into::add);
        }
    }
}
