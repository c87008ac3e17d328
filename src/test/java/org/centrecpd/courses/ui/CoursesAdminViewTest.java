package org.centrecpd.courses.ui;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.centrecpd.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.ArrayList;
import java.util.List;
import org.centrecpd.courses.service.CourseAdminService;
import org.centrecpd.courses.service.PublishedCourse;
import org.centrecpd.demo.DemoLogins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Admins re-import the courses folder and read the report; nobody else gets the page. */
@CentreTest
class CoursesAdminViewTest extends ViewTest {

    @Autowired
    CourseAdminService admin;

    /** The page's address as the router knows it, so both tests open the same URL. */
    private static String url() {
        return RouteConfiguration.forApplicationScope().getUrl(CoursesAdminView.class);
    }

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void reimportShowsTheReportAndThePublishedCourses() {
        navigate(url(), CoursesAdminView.class);
        test($(Button.class).id("reimport")).click();

        assertThat($(Paragraph.class).id("import-summary").getText())
            // An import of a second or more is written "1,491 ms".
            .matches("Last import at .*: \\d+ courses \\(\\d+ units, \\d+ questions\\), 0 new or changed, \\d+ unchanged, in [\\d,]+ ms\\. Problems: 0\\.");
        assertThat(test($(Grid.class).id("published-courses")).size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    @SuppressWarnings("unchecked")
    void eachCourseReadAtTheLastImportShowsTheHoursItClaimsBesideTheEstimate() {
        navigate(url(), CoursesAdminView.class);
        Grid<PublishedCourse> grid = $(Grid.class).id("published-courses");
        var tester = test(grid);
        int hours = tester.getColumnPosition("hours");

        List<String> estimated = new ArrayList<>();
        for (int row = 0; row < tester.size(); row++) {
            PublishedCourse course = tester.getRow(row);
            String text = tester.getCellText(row, hours);
            if (course.estimatedHours() == null) {
                // Published by another import (a test's own folder): the last import did not read it.
                assertThat(text).isEqualTo(Hours.of(course.cpdHours()) + " h claimed");
            } else {
                assertThat(text).isEqualTo(Hours.of(course.cpdHours()) + " h claimed, about "
                    + Hours.of(course.estimatedHours()) + " h estimated");
                estimated.add(text);
            }
        }
        assertThat(estimated).as("courses of the courses folder, with their estimate").isNotEmpty();
    }

    @Test
    @WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPractitionerIsToldThereIsNothingThereAndCannotReimport() {
        UI.getCurrent().navigate(url());

        // The same "Page not found" as for a record out of scope: the page does not say it exists.
        VerticalLayout refusal = $(VerticalLayout.class).id("not-found");
        assertThat(refusal.isVisible()).isTrue();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not found – Centre CPD");
        assertThat($(CoursesAdminView.class).exists()).isFalse();
        assertThat($(Button.class).all()).extracting(b -> b.getId().orElse("")).doesNotContain("reimport");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).isNotEmpty().doesNotContain("Courses admin");
        // The service refuses too, whatever a view does.
        assertThatThrownBy(admin::reimport).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(admin::published).isInstanceOf(AccessDeniedException.class);
    }
}
