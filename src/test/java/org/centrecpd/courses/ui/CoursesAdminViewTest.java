package org.centrecpd.courses.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.centrecpd.demo.DemoLogins;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Admins re-import the courses folder and read the report; nobody else gets the page. */
@SpringBootTest
class CoursesAdminViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void reimportShowsTheReportAndThePublishedCourses() {
        navigate(CoursesAdminView.class);
        test($(Button.class).id("reimport")).click();

        assertThat($(Paragraph.class).id("import-summary").getText())
            .matches("Last import at .*: \\d+ courses \\(\\d+ units, \\d+ questions\\), 0 new or changed, \\d+ unchanged, in \\d+ ms\\. Problems: 0\\.");
        assertThat(test($(Grid.class).id("published-courses")).size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    @WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPractitionerCannotOpenIt() {
        navigate("admin/courses", com.vaadin.flow.component.Component.class);
        assertThat($(CoursesAdminView.class).exists()).isFalse();
    }
}
