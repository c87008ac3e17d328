package org.centrecpd.training.ui;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.centrecpd.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.Set;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.home.HomeView;
import org.centrecpd.organisation.StaffMember;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The training screens as each role meets them, on the demo data (TrainingDemoData). */
@CentreTest
class TrainingViewsTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    private long ashbrook() {
        return jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
    }

    @Test
    @WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPractitionerSeesWhatIsAssignedToHerOnHomeAndInMyTraining() {
        navigate(HomeView.class);
        assertThat($(TrainingWidget.class).single().getElement().getTextRecursively())
            .contains("Training assigned to me", "Managing change", "Overdue, was due");
        // The status is words (with an icon), never colour alone; soonest due first.
        assertThat($(StatusLabel.class).all()).extracting(l -> l.getElement().getTextRecursively().trim())
            .first().asString().startsWith("Overdue, was due");
        assertThat($(StatusLabel.class).all()).extracting(l -> l.getElement().getTextRecursively().trim())
            .anyMatch(t -> t.startsWith("Due "));
        navigate(MyTrainingView.class);
        @SuppressWarnings("unchecked")
        Grid<org.centrecpd.training.domain.MyAssignment> grid = $(Grid.class).id("my-training");
        // Overdue first.
        assertThat(test(grid).getRow(0).courseTitle()).isEqualTo("Managing change");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    @WithUserDetails(value = DemoLogins.MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aManagerAssignsACourseToOnePersonFromTheMatrix() {
        navigate("training/centres/" + ashbrook(), CentreTrainingView.class);
        // The centre's own trend: one line, twelve days, in a table as well.
        CompletionChart centreTrend = $(CompletionChart.class).id("centre-trend-chart");
        String trendTable = centreTrend.getElement().getOuterHTML();
        assertThat(trendTable).contains("<th scope=\"row\">Ashbrook Children");
        assertThat(trendTable.split("<td>", -1)).hasSize(1 + 12);
        Grid<?> matrix = $(Grid.class).id("matrix");
        int before = test(matrix).size();
        assertThat(before).isGreaterThan(15);
        test($(Button.class).id("assign")).click();
        Dialog dialog = $(Dialog.class).single();
        @SuppressWarnings("unchecked")
        ComboBox<Object> course = $(ComboBox.class, dialog).id("assign-course");
        test(course).selectItem("Future leaders");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AssignDialog.Target> target = $(RadioButtonGroup.class, dialog).id("assign-target");
        target.setValue(AssignDialog.Target.PEOPLE);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<StaffMember> people = $(MultiSelectComboBox.class, dialog).id("assign-people");
        long amara = jdbc.queryForObject("select id from person where full_name = 'Amara Osei'", Long.class);
        people.setValue(Set.of(new StaffMember(amara, "Amara Osei", "", null, null)));
        test($(Button.class, dialog).withText("Assign a course").single()).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Assigned to 1 person: Future leaders");
        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(matrix.getColumns().stream().map(c -> c.getHeaderText()))
            .contains("Future leaders", "Managing change");
        // Below the matrix, the centre's core-purpose coverage: one bar and one table row per area.
        var coverage = $(com.vaadin.flow.component.html.Section.class).id("coverage");
        assertThat($(com.vaadin.flow.component.html.H2.class, coverage).single().getText()).isEqualTo("Core-purpose coverage");
        String table = $(com.vaadin.flow.component.Html.class, coverage).single().getInnerHtml();
        assertThat(org.jsoup.Jsoup.parse("<table>" + table + "</table>").select("tbody tr")).hasSize(8);
        assertThat(org.jsoup.Jsoup.parse("<table>" + table + "</table>").select("tbody tr").first().select("td")).hasSize(4);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class, coverage).id("coverage-gaps").getText())
            .matches("Every area of the core purpose is covered.*|1 area with nobody trained: .+|[2-8] areas with nobody trained: .+");
    }

    @Test
    @WithUserDetails(value = DemoLogins.MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    @SuppressWarnings("unchecked")
    void theAssignDialogTakesATypedNameOnEnterAndAPastedListOfNamesAndAddresses() {
        navigate("training/centres/" + ashbrook(), CentreTrainingView.class);
        test($(Button.class).id("assign")).click();
        Dialog dialog = $(Dialog.class).single();
        $(RadioButtonGroup.class, dialog).id("assign-target").setValue(AssignDialog.Target.PEOPLE);
        MultiSelectComboBox<StaffMember> people = $(MultiSelectComboBox.class, dialog).id("assign-people");

        // Typed and Enter pressed: the browser sends the text as a custom value.
        com.vaadin.flow.component.ComponentUtil.fireEvent(people,
            new com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent<>(people, true, "amara"));
        assertThat(people.getValue()).extracting(StaffMember::fullName).containsExactly("Amara Osei");

        String email = jdbc.queryForObject("select p.email from person p where p.full_name = 'Daniel Whitcombe'", String.class);
        $(com.vaadin.flow.component.textfield.TextArea.class, dialog).id("assign-people-paste")
            .setValue("Daniel Whitcombe <" + email.toUpperCase(java.util.Locale.ROOT) + ">\nNobody Called This\n\n");
        test($(Button.class, dialog).id("assign-people-add")).click();

        assertThat(people.getValue()).extracting(StaffMember::fullName).containsExactlyInAnyOrder("Amara Osei", "Daniel Whitcombe");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class, dialog).id("assign-people-unmatched").getText())
            .isEqualTo("Nobody at this centre matches: Nobody Called This.");
    }

    @Test
    @WithUserDetails(value = DemoLogins.OTHER_MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void anotherCentresMatrixByUrlIsNotFound() {
        UI.getCurrent().navigate("training/centres/" + ashbrook());
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not found");
        assertThat($(Grid.class).all()).isEmpty();

        // Addresses that are not a number: the same page, not an error.
        for (String url : new String[]{"training/centres/" + ashbrook() + "x", "training/people/me", "centres/abc/staff"}) {
            UI.getCurrent().navigate(url);
            assertThat(UI.getCurrent().getInternals().getTitle()).as(url).isEqualTo("Page not found");
        }
    }

    @Test
    @WithUserDetails(value = DemoLogins.PARTNER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPartnersRollUpStartsAtTheirAuthorities() {
        navigate(RollUpView.class);
        @SuppressWarnings("unchecked")
        TreeGrid<org.centrecpd.training.service.RollUp.Line> grid = $(TreeGrid.class).id("roll-up");
        var roots = ((com.vaadin.flow.data.provider.hierarchy.TreeDataProvider<org.centrecpd.training.service.RollUp.Line>)
            (Object) grid.getDataProvider()).getTreeData().getRootItems();
        assertThat(roots).extracting(org.centrecpd.training.service.RollUp.Line::name)
            .containsExactly("Eastmoor County Council", "Southdown County Council");
        // Twelve Eastmoor centres have the demo's core-purpose assignment.
        assertThat(roots.getFirst().assigned()).isPositive();
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("Local authority");
        // The chart is SVG with a title and description, and its numbers are also a table.
        org.centrecpd.base.ui.BarChart chart = $(org.centrecpd.base.ui.BarChart.class).id("providers-chart");
        String svg = chart.getChildren().filter(c -> c instanceof com.vaadin.flow.component.Svg).findFirst().orElseThrow()
            .getElement().getProperty("innerHTML", "");
        String all = svg + chart.getElement().getOuterHTML();
        assertThat(all).contains("<title id=\"providers-chart-title\">% of assigned training completed, by provider</title>", "<desc");
        long providers = roots.stream().mapToLong(l -> l.children().size()).sum();
        assertThat(all.split("<th scope=\"row\">", -1)).hasSize((int) providers + 1);

        // The trend: a line for all centres and one per authority, its data table a row per line
        // (and per provider and group) and a column per day; today's point is today's roll-up.
        assertThat($(CompletionChart.class).all()).extracting(c -> c.getId().orElse("")).doesNotContain("trend-chart");
        $(com.vaadin.flow.component.details.Details.class).id("trend").setOpened(true);
        CompletionChart trend = $(CompletionChart.class).id("trend-chart");
        String trendSvg = trend.getChildren().filter(c -> c instanceof com.vaadin.flow.component.Svg).findFirst().orElseThrow()
            .getElement().getProperty("innerHTML", "");
        assertThat(trendSvg).contains("<title id=\"trend-chart-title\">Completion over the last twelve months</title>", "<desc",
            "<polyline").containsPattern("stroke-dasharray");
        assertThat(trendSvg.split("<polyline", -1)).hasSize(1 + 3);
        String table = trend.getElement().getOuterHTML();
        assertThat(table.split("<th scope=\"col\">", -1)).hasSize(1 + 1 + 12);
        assertThat(table).contains("<th scope=\"row\">All centres in your view</th>",
            "<th scope=\"row\">Eastmoor County Council</th>", "<th scope=\"row\">Southdown County Council</th>");
        String eastmoorRow = table.substring(table.indexOf("<th scope=\"row\">Eastmoor County Council</th>"));
        eastmoorRow = eastmoorRow.substring(0, eastmoorRow.indexOf("</tr>")).replaceAll("\\s+", "");
        assertThat(eastmoorRow).endsWith("<td>" + roots.getFirst().percentComplete() + "%</td>");
    }

    @Test
    @WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void anUnknownCertificateCodeIsSaidToBeUnknown() {
        navigate("verify/CPD-NOTAREALONE", VerifyCertificateView.class);
        assertThat($(VerifyCertificateView.class).single().getElement().getTextRecursively())
            .contains("There is no certificate with the code CPD-NOTAREALONE");
        navigate(CpdRecordView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("My CPD record");
    }
}
