package org.centrecpd.casestudies.ui;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.centrecpd.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.Set;
import org.centrecpd.casestudies.service.CaseStudyForm;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.LeadershipQuality;
import org.centrecpd.demo.DemoLogins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The library's screens: searching and filtering, and a draft that another reader cannot open by its address. */
@CentreTest
class CaseStudyViewsTest extends ViewTest {

    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    org.centrecpd.casestudies.service.CaseStudyReading reading;
    @Autowired
    org.centrecpd.casestudies.service.CaseStudyReview review;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.centrecpd.support.TestClock clock;

    private void as(String username) {
        org.centrecpd.support.SignIn.as(users, username);
    }

    private long publishedAboutAshbrook(String title, CorePurposeArea area) {
        as(DemoLogins.PARTNER);
        long ashbrook = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        long id = caseStudies.create(new CaseStudyForm(title, "Toddlers and grandparents sharing a weekly walk to the pond.",
            null, 2024, Set.of(ashbrook), Set.of(area), Set.of(LeadershipQuality.VISION), Set.of(), null));
        review.approve(id);
        review.publish(id, false);
        return id;
    }

    /** A megabyte pasted into the box: searched for its first words, and the page says so (it used to fail unseen). */
    @Test
    void anOverlongSearchIsCutAndThePageSaysSo() {
        as(DemoLogins.PARTNER);
        long ashbrook = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        long id = caseStudies.create(new CaseStudyForm("Numbat kite overlong", "Kites flown by numbat group.",
            null, 2024, Set.of(ashbrook), Set.of(CorePurposeArea.COMMUNITY_HUB), Set.of(LeadershipQuality.VISION), Set.of(), null));
        review.approve(id);
        review.publish(id, false);
        as(DemoLogins.PRACTITIONER);
        navigate(CaseStudiesView.class);
        String megabyte = "numbat kite overlong ".repeat(1_000_000 / 21 + 1);
        test($(TextField.class).id("case-study-search")).setValue(megabyte);

        var notice = $(com.vaadin.flow.component.html.Paragraph.class).id("case-study-search-cut");
        assertThat(notice.getText())
            .isEqualTo("Your search was too long, so only its first 12 words (at most 200 characters) were searched for.");
        assertThat($(TextField.class).id("case-study-search").getValue())
            .isEqualTo("numbat kite overlong numbat kite overlong numbat kite overlong numbat kite overlong");
        assertThat($(Div.class).id("case-study-summary").getText()).isEqualTo("1 case study found");

        test($(TextField.class).id("case-study-search")).setValue("numbat kite overlong");
        assertThat(notice.isVisible()).isFalse();
    }

    @Test
    void aReaderSearchesAndNarrowsByAFacetWhoseCountsFollowTheResults() {
        publishedAboutAshbrook("Grandparents' pond walk", CorePurposeArea.COMMUNITY_HUB);
        publishedAboutAshbrook("Pond walk with dads", CorePurposeArea.ENGAGING_PARENTS);
        as(DemoLogins.PRACTITIONER);
        navigate(CaseStudiesView.class);
        // A reader: the library only, neither writing nor the admin's rebuild.
        assertThat($(com.vaadin.flow.component.button.Button.class).withText("Write a case study").all()).isEmpty();
        assertThat($(com.vaadin.flow.component.button.Button.class).withText("Rebuild the search index").all()).isEmpty();
        test($(TextField.class).id("case-study-search")).setValue("pond walk");
        assertThat($(Div.class).id("case-study-summary").getText()).isEqualTo("2 case studies found");
        assertThat($(Article.class).all()).hasSize(2);

        @SuppressWarnings("unchecked")
        CheckboxGroup<java.util.Map.Entry<CorePurposeArea, Long>> areas = $(CheckboxGroup.class).withCaption("Core-purpose area").single();
        var hub = areas.getListDataView().getItems().filter(e -> e.getKey() == CorePurposeArea.COMMUNITY_HUB).findFirst().orElseThrow();
        assertThat(hub.getValue()).isEqualTo(1L);
        areas.setValue(Set.of(hub));
        assertThat($(Div.class).id("case-study-summary").getText()).isEqualTo("1 case study found");
        assertThat($(Article.class).single().getElement().getTextRecursively()).contains("Grandparents' pond walk");
        // The chosen facet still counts its other values (choices within a facet are alternatives).
        assertThat(areas.getListDataView().getItems().filter(e -> e.getKey() == CorePurposeArea.ENGAGING_PARENTS)
            .map(java.util.Map.Entry::getValue).findFirst()).contains(1L);

        test($(TextField.class).id("case-study-search")).setValue("pond walk zebra");
        assertThat($(Div.class).id("case-study-summary").getText()).isEqualTo("No case studies match.");
        test($(com.vaadin.flow.component.button.Button.class).withText("Search without the filters").single()).click();
        assertThat(areas.getValue()).isEmpty();
    }

    /** The library at this address, as the browser asks for it (Back, a bookmark, a link). */
    private CaseStudiesView openAt(String query) {
        UI.getCurrent().navigate(CaseStudiesView.class, com.vaadin.flow.router.QueryParameters.fromString(query));
        return (CaseStudiesView) UI.getCurrent().getCurrentView();
    }

    @Test
    void aSearchIsReadFromThePagesAddressAndWrittenBackToIt() {
        as(DemoLogins.PARTNER);
        long ashbrook = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        for (var study : java.util.Map.of("Heron watch at the lake", CorePurposeArea.COMMUNITY_HUB,
                "Heron drawings with dads", CorePurposeArea.ENGAGING_PARENTS).entrySet()) {
            long id = caseStudies.create(new CaseStudyForm(study.getKey(), "Sketching the herons that nest by the boating lake.",
                null, 2024, Set.of(ashbrook), Set.of(study.getValue()), Set.of(), Set.of(), null));
            review.approve(id);
            review.publish(id, false);
        }
        as(DemoLogins.PRACTITIONER);

        // Back from a case study, or a bookmarked search: the same words, the same choices, the same results.
        CaseStudiesView view = openAt("q=heron&area=community-hub");
        assertThat($(TextField.class).id("case-study-search").getValue()).isEqualTo("heron");
        assertThat($(Div.class).id("case-study-summary").getText()).isEqualTo("1 case study found");
        assertThat($(Article.class).single().getElement().getTextRecursively()).contains("Heron watch at the lake");
        @SuppressWarnings("unchecked")
        CheckboxGroup<java.util.Map.Entry<CorePurposeArea, Long>> areas = $(CheckboxGroup.class).withCaption("Core-purpose area").single();
        assertThat(areas.getValue()).extracting(java.util.Map.Entry::getKey).containsExactly(CorePurposeArea.COMMUNITY_HUB);
        assertThat(areas.getListDataView().getItems().filter(e -> e.getKey() == CorePurposeArea.ENGAGING_PARENTS)
            .map(java.util.Map.Entry::getValue).findFirst()).as("the other area still counted").contains(1L);

        // Each search is written to the address.
        test($(TextField.class).id("case-study-search")).setValue("heron lake");
        assertThat(view.address().getParameters()).isEqualTo(java.util.Map.of("q", java.util.List.of("heron lake"),
            "area", java.util.List.of("community-hub")));
        areas.clear();
        assertThat(view.address().getParameters()).isEqualTo(java.util.Map.of("q", java.util.List.of("heron lake")));

        // An address made up or out of date: what cannot be a choice is left out, a page past the end shows the last.
        openAt("q=heron&year=twenty&area=no-such-area&page=999");
        assertThat($(Div.class).id("case-study-summary").getText()).isEqualTo("2 case studies found");
        assertThat($(Article.class).all()).hasSize(2);
        assertThat(areas.getValue()).isEmpty();
    }

    @Test
    void anEditorRemovesADocumentAfterConfirmingAndAReaderHasNoRemoveButton() throws Exception {
        as(DemoLogins.PARTNER);
        // A draft of the partner's, with one document.
        long ashbrook = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        long draft = caseStudies.create(new CaseStudyForm("Mural draft", "A draft with a wrong document.", null, 2024,
            Set.of(ashbrook), Set.of(), Set.of(), Set.of(), null));
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("views");
        caseStudies.attach(draft, "wrong.txt", org.centrecpd.casestudies.Documents.text(folder, "wrong.txt", "Not meant for this."));
        navigate("case-studies/" + draft, CaseStudyView.class);
        var remove = $(com.vaadin.flow.component.button.Button.class).withText("Remove").single();
        assertThat(remove.getElement().getAttribute("aria-label")).isEqualTo("Remove wrong.txt");
        test(remove).click();
        var confirm = $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).id("confirm-remove-document");
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Remove wrong.txt?");
        test(confirm).confirm();
        assertThat($(com.vaadin.flow.component.html.Section.class).id("case-study-documents").getElement().getTextRecursively())
            .contains("No documents yet.").doesNotContain("wrong.txt");
        assertThat(reading.page(draft).attachments()).isEmpty();

        // A practitioner reading a published case study has no Remove button.
        long id = caseStudies.create(new CaseStudyForm("Garden mural photos", "Photos of the mural.", null, 2024,
            Set.of(ashbrook), Set.of(), Set.of(), Set.of(), null));
        caseStudies.attach(id, "photos.txt", org.centrecpd.casestudies.Documents.text(folder, "photos.txt", "Photos of the mural."));
        review.approve(id);
        review.publish(id, false);
        as(DemoLogins.PRACTITIONER);
        navigate("case-studies/" + id, CaseStudyView.class);
        assertThat($(com.vaadin.flow.component.html.Section.class).id("case-study-documents").getElement().getTextRecursively())
            .contains("photos.txt");
        assertThat($(com.vaadin.flow.component.button.Button.class).withText("Remove").all()).isEmpty();
    }

    /** A right-to-left override made "invoice" + U+202E + "txt.exe" read as "invoiceexe.txt". */
    @Test
    void uploadedFileNamesLoseFormatAndBidiCharactersAndAreShownIsolated() throws Exception {
        as(DemoLogins.PARTNER);
        long ashbrook = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        long draft = caseStudies.create(new CaseStudyForm("Invoice draft", "A draft with a disguised name.", null, 2024,
            Set.of(ashbrook), Set.of(), Set.of(), Set.of(), null));
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("views");
        caseStudies.attach(draft, "invoice\u202Etxt.exe\u200B\u2066\u0085", org.centrecpd.casestudies.Documents.text(folder, "i.txt", "Invoice."));
        assertThat(jdbc.queryForObject("select a.file_name from case_study_attachment a where a.case_study_id = ?", String.class, draft))
            .isEqualTo("invoicetxt.exe");
        navigate("case-studies/" + draft, CaseStudyView.class);
        var link = $(com.vaadin.flow.component.html.Anchor.class).withAttribute("download").single();
        assertThat(link.getElement().getChild(0).getTag()).isEqualTo("bdi");
        assertThat(link.getElement().getTextRecursively()).isEqualTo("invoicetxt.exe");
    }

    @Test
    void aNewCaseStudyIsOfThisYearByTheApplicationsClock() {
        clock.setDay(java.time.LocalDate.of(2031, 5, 4));
        as(DemoLogins.MANAGER);
        navigate(CaseStudiesView.class);
        test($(com.vaadin.flow.component.button.Button.class).withText("Write a case study").single()).click();
        assertThat($(com.vaadin.flow.component.textfield.IntegerField.class).withCaption("Year of the practice").single().getValue())
            .isEqualTo(2031);
    }

    @Test
    void anAdminRebuildsTheIndexFromTheLibraryAndWritesNothing() {
        as(DemoLogins.ADMIN);
        navigate(CaseStudiesView.class);
        assertThat($(com.vaadin.flow.component.button.Button.class).withText("Rebuild the search index").single().isEnabled()).isTrue();
        assertThat($(com.vaadin.flow.component.button.Button.class).withText("Write a case study").all()).isEmpty();
        assertThat($(com.vaadin.flow.component.html.Section.class).withId("case-studies-in-progress").all()).isEmpty();
    }

    @Test
    void aDraftIsNotFoundByAnotherReaderAtItsAddress() {
        as(DemoLogins.PARTNER);
        long ashbrook = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        long draft = caseStudies.create(new CaseStudyForm("Unpublished idea", "Not ready yet.", null, 2025, Set.of(ashbrook),
            Set.of(), Set.of(), Set.of(), null));
        navigate("case-studies/" + draft, CaseStudyView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Unpublished idea");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("case-study-status").getText()).startsWith("Draft");

        as(DemoLogins.MANAGER); // manages Ashbrook, but did not write it and does not review it
        UI.getCurrent().navigate("case-studies/" + draft);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not found");
        assertThat(RouteConfiguration.forSessionScope().getUrl(CaseStudyView.class, CaseStudyView.parameters(draft)))
            .isEqualTo("case-studies/" + draft);

        // An address that is not a case study's number: the same page, not an error.
        UI.getCurrent().navigate("case-studies/" + draft + "x");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not found");
    }
}
