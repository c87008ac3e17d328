package org.centrecpd.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.util.Set;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.ViewTest;
import org.centrecpd.training.domain.PlaceChoice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The rule pages without a browser: a manager makes a rule from the list and lands on its page; another scope's is not found. */
@CentreTest
class RuleViewsTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Transactional
    @WithUserDetails(value = DemoLogins.MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aManagerMakesARuleOverTheirCentreAndItsPageListsWhoItReached() {
        navigate(RulesView.class);
        test($(Button.class).id("new-rule")).click();
        Dialog dialog = $(Dialog.class).single();
        @SuppressWarnings("unchecked")
        ComboBox<Object> course = $(ComboBox.class, dialog).id("rule-course");
        test(course).selectItem("Reflective practice and supervision");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<PlaceChoice> centres = $(MultiSelectComboBox.class, dialog).id("rule-centres");
        PlaceChoice ashbrook = centres.getListDataView().getItems().filter(c -> c.name().equals("Ashbrook Children's Centre"))
            .findFirst().orElseThrow();
        assertThat(centres.getListDataView().getItems()).as("only the manager's own centres").extracting(PlaceChoice::name)
            .doesNotContain("Bramley Children's Centre");
        centres.setValue(Set.of(ashbrook));
        test($(Button.class, dialog).withText("Save rule").single()).click();

        assertThat($(com.vaadin.flow.component.html.H1.class).id("view-title").getText()).isEqualTo("Rule: Reflective practice and supervision");
        Grid<?> reached = $(Grid.class).id("rule-reached");
        long staff = jdbc.queryForObject("select count(distinct person_id) from employment where centre_id = ? and end_date is null",
            Long.class, ashbrook.id());
        long alreadyHadIt = jdbc.queryForObject("""
            select count(distinct a.person_id) from assignment a join employment e on e.person_id = a.person_id
            where e.centre_id = ? and e.end_date is null and a.rule_id is null and a.cancelled_on is null
              and a.course_id = (select id from course where slug = 'reflective-practice')""", Long.class, ashbrook.id());
        assertThat((long) test(reached).size()).isEqualTo(staff - alreadyHadIt).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ASSIGNMENT_RULE_CREATED'", Long.class))
            .isPositive();
    }

    @Test
    @Transactional
    @WithUserDetails(value = DemoLogins.OTHER_MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void anotherScopesRuleByUrlIsNotFound() {
        long ashbrook = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        long account = jdbc.queryForObject("select id from user_account where username = ?", Long.class, DemoLogins.MANAGER);
        jdbc.update("""
            insert into assignment_rule (course_id, due_days, required, created_on, created_by)
            select id, 14, true, current_date, ? from course where slug = 'core-purpose'""", account);
        long rule = jdbc.queryForObject("select max(id) from assignment_rule", Long.class);
        jdbc.update("insert into assignment_rule_audience (rule_id, kind, target_id) values (?, 'CENTRE', ?)", rule, ashbrook);

        UI.getCurrent().navigate("training/rules/" + rule);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not found");
        assertThat($(Grid.class).all()).isEmpty();
        navigate(RulesView.class);
        @SuppressWarnings("unchecked")
        Grid<org.centrecpd.training.domain.RuleRow> list = $(Grid.class).id("training-rules");
        assertThat(list.getListDataView().getItems()).extracting(org.centrecpd.training.domain.RuleRow::id).doesNotContain(rule);
    }
}
