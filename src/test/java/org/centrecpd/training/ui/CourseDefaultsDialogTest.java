package org.centrecpd.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The assign and rule dialogs start from the course file's certification defaults (the safeguarding refresher: 24
 * months, window 60 days), which the manager may still change; a course taken once leaves the validity empty.
 */
@CentreTest
class CourseDefaultsDialogTest extends ViewTest {

    private static final String SAFEGUARDING = "Safeguarding refresher for children's-centre and family-hub staff";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(value = DemoLogins.MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void theAssignDialogShowsTheCoursesValidityAndRenewalWindow() {
        long ashbrook = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        navigate("training/centres/" + ashbrook, CentreTrainingView.class);
        test($(Button.class).id("assign")).click();
        Dialog dialog = $(Dialog.class).single();
        @SuppressWarnings("unchecked")
        ComboBox<Object> course = $(ComboBox.class, dialog).id("assign-course");
        IntegerField refresh = $(IntegerField.class, dialog).id("assign-refresh");
        IntegerField window = $(IntegerField.class, dialog).id("renewal-window");

        test(course).selectItem(SAFEGUARDING);
        assertThat(refresh.getValue()).isEqualTo(24);
        assertThat(window.getValue()).isEqualTo(60);
        assertThat(window.isEnabled()).as("a certified course has a window to set").isTrue();
        assertThat(refresh.isEnabled() && !refresh.isReadOnly()).as("the manager may still change it").isTrue();

        test(course).selectItem("Future leaders");
        assertThat(refresh.getValue()).as("a course taken once").isNull();
        assertThat(window.isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails(value = DemoLogins.MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aNewRuleStartsFromTheCoursesValidityAndRenewalWindow() {
        navigate(RulesView.class);
        test($(Button.class).id("new-rule")).click();
        Dialog dialog = $(Dialog.class).single();
        @SuppressWarnings("unchecked")
        ComboBox<Object> course = $(ComboBox.class, dialog).id("rule-course");

        test(course).selectItem(SAFEGUARDING);

        assertThat($(IntegerField.class, dialog).id("rule-refresh").getValue()).isEqualTo(24);
        assertThat($(IntegerField.class, dialog).id("rule-renewal-window").getValue()).isEqualTo(60);
    }
}
