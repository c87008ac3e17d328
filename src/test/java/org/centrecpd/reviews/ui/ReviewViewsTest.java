package org.centrecpd.reviews.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.centrecpd.base.ui.BarChart;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.home.HomeView;
import org.centrecpd.reviews.domain.PersonChoice;
import org.centrecpd.reviews.service.DueLine;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The review screens as each role meets them, on the demo data (ReviewsDemoData). */
@CentreTest
class ReviewViewsTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    private long signedOff() {
        return jdbc.queryForObject("""
            select r.id from review r join centre c on c.id = r.centre_id
            where c.name = 'Ashbrook Children''s Centre' and r.status = 'SIGNED_OFF' order by r.id fetch first 1 rows only""", Long.class);
    }

    @Test
    @WithUserDetails(value = DemoLogins.PARTNER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void thePartnerSeesHerReviewsDueAndTheSignedOffPackWithItsTablesAndPdf() {
        navigate(HomeView.class);
        assertThat($(Paragraph.class).id("reviews-due-summary").getText()).contains("due for review", "in progress");
        navigate(ReviewsView.class);
        @SuppressWarnings("unchecked")
        Grid<DueLine> due = $(Grid.class).id("reviews-due");
        assertThat(test(due).size()).isGreaterThan(50);
        DueLine ashbrook = java.util.stream.IntStream.range(0, test(due).size()).mapToObj(i -> test(due).getRow(i))
            .filter(l -> l.centre().equals("Ashbrook Children's Centre")).findFirst().orElseThrow();
        assertThat(ashbrook.status()).isNotNull();
        assertThat(test(due).getCellText(0, 3)).isNotBlank();

        navigate("reviews/" + signedOff(), ReviewView.class);
        assertThat($(Paragraph.class).id("review-state").getText()).startsWith("Signed off");
        Section pack = $(Section.class).id("review-pack");
        String tables = $(Html.class, pack).all().stream().map(Html::getInnerHtml).reduce("", String::concat);
        assertThat(tables).contains("Staff in post at the end of the term", "All required training", "Average across Eastmoor County Council");
        // Each chart carries its figures as a table.
        assertThat($(BarChart.class).all()).hasSize(2).allSatisfy(chart -> assertThat(chart.getElement().getOuterHTML()).contains("<table"));
        assertThat($(Anchor.class).id("review-pdf").getElement().getAttribute("download")).isNotNull();
        // The judgements are words, with the manager's response.
        String judgements = $(Html.class, $(Section.class).id("review-text")).all().stream().map(Html::getInnerHtml).reduce("", String::concat);
        assertThat(judgements).contains("Needs attention", "Strong", "Agreed: two of the team");
        assertThat($(Section.class).id("review-text").getElement().getTextRecursively())
            .contains("Complete the required course on managing change", "Overdue");
    }

    @Test
    @WithUserDetails(value = DemoLogins.PARTNER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void thePartnerAddsAnActionToHerDraftAndSeesItListedThenRemovesIt() {
        long draft = jdbc.queryForObject("""
            select r.id from review r join centre c on c.id = r.centre_id
            where c.name = 'Ashbrook Children''s Centre' and r.status = 'DRAFT' order by r.id fetch first 1 rows only""", Long.class);
        navigate("reviews/" + draft, ReviewView.class);
        assertThat($(Section.class).id("review-pack").getElement().getTextRecursively()).contains("Staff");
        test($(Button.class).id("review-add-action")).click();
        test($(TextArea.class).id("action-body")).setValue("Plan a stay-and-play for fathers");
        ComboBox<PersonChoice> owner = $(ComboBox.class).id("action-owner");
        test(owner).selectItem(test(owner).getSuggestionItems().getFirst().name());
        test($(DatePicker.class).id("action-due")).setValue(java.time.LocalDate.of(2027, 3, 1));
        test($(Button.class).id("action-save")).click();
        assertThat($(VerticalLayout.class).id("review-actions").getElement().getTextRecursively()).contains("Plan a stay-and-play for fathers");

        Button remove = $(Button.class).all().stream()
            .filter(b -> "Remove the action: Plan a stay-and-play for fathers".equals(b.getElement().getAttribute("aria-label")))
            .findFirst().orElseThrow();
        test(remove).click();
        assertThat($(VerticalLayout.class).id("review-actions").getElement().getTextRecursively())
            .doesNotContain("Plan a stay-and-play for fathers");
    }

    @Test
    @WithUserDetails(value = DemoLogins.MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void theManagerSeesTheSharedReviewAndHisCentresOpenActions() {
        navigate(ReviewsView.class);
        assertThat(test($(Grid.class).id("reviews-shared")).size()).isGreaterThanOrEqualTo(1);
        navigate(HomeView.class);
        String widget = $(ReviewsWidget.class).single().getElement().getTextRecursively();
        assertThat(widget).contains("Open review actions at my centres", "Complete the required course on managing change", "Overdue, was due");
    }

    @Test
    @WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPractitionerSeesTheActionSheOwnsOnHerHomePage() {
        navigate(HomeView.class);
        ReviewsWidget widget = $(ReviewsWidget.class).single();
        assertThat(widget.isVisible()).isTrue();
        assertThat(widget.getElement().getTextRecursively()).contains("Review actions I own", "Overdue, was due")
            .doesNotContain("Agree a simple outcomes record");
    }

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void theAdminSeesCountsPerProviderAndGroupAndSetsTerms() {
        navigate(ReviewsView.class);
        assertThat(test($(Grid.class).id("review-counts")).size()).isGreaterThan(10);
        navigate(TermsView.class);
        assertThat($(com.vaadin.flow.component.datepicker.DatePicker.class).id("term-autumn-first").getValue()).isNotNull();
    }
}
