package org.centrecpd.courses.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.file.Path;
import org.centrecpd.courses.service.TestCourses;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The player's unit that waits for attendance (issue 32 §4): it says in words what to do, links to the workshops page,
 * and offers nothing to answer or complete; the course page says which unit opens after the session.
 */
@CentreTest
@WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
class LockedUnitViewTest extends ViewTest {

    @TempDir
    Path folder;
    @Autowired
    ApplicationContext context;

    String slug;

    @BeforeEach
    void importWorkshop() {
        slug = TestCourses.newSlug();
        TestCourses.writeWorkshop(folder, slug);
        new TestCourses(context).importFolder(folder);
    }

    @Test
    void theLockedUnitSaysWhatToDoAndLinksToTheWorkshops() {
        navigate("courses/" + slug + "/units/2", UnitView.class);

        Section locked = $(Section.class).id("unit-locked");
        assertThat(locked.getElement().getTextRecursively())
            .contains("This unit opens after the workshop")
            .contains("Attend a session of this workshop to open this unit.");
        Anchor workshops = $(Anchor.class).id("unit-locked-workshops");
        assertThat(workshops.getHref()).isEqualTo("workshops");
        assertThat(workshops.getText()).isEqualTo("Find a session on the Workshops page");
        assertThat($(TextArea.class).all()).as("nothing to answer yet").isEmpty();
        assertThat($(Button.class).all()).extracting(Button::getId).map(id -> id.orElse(""))
            .doesNotContain("complete-unit");
    }

    @Test
    void theCoursePageSaysWhichUnitOpensAfterTheSession() {
        navigate("courses/" + slug, CourseView.class);

        assertThat($(com.vaadin.flow.component.html.ListItem.class).id("unit-2").getElement().getTextRecursively())
            .contains("opens after you attend a session");
        assertThat($(com.vaadin.flow.component.html.ListItem.class).id("unit-1").getElement().getTextRecursively())
            .doesNotContain("opens after");
    }

    @Test
    void theUnitBeforeTheSessionIsOpen() {
        navigate("courses/" + slug + "/units/1", UnitView.class);

        assertThat($(Section.class).all()).noneMatch(s -> s.getId().orElse("").equals("unit-locked"));
    }
}
