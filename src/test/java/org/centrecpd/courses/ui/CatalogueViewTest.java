package org.centrecpd.courses.ui;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.centrecpd.support.ViewTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.centrecpd.courses.service.TestCourses;
import org.centrecpd.demo.DemoLogins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The catalogue's filters change the courses listed. Compares the real Future leaders programme
 * (at least 4 hours, managers and staff) with a small test module (2.5 hours, for midwives, community hub).
 */
@CentreTest
@WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
class CatalogueViewTest extends ViewTest {

    static final String PROGRAMME = "future-leaders";

    @TempDir
    Path folder;
    @Autowired
    ApplicationContext context;

    String module;

    @BeforeEach
    void open() {
        module = TestCourses.newSlug();
        TestCourses.write(folder, module, "Catalogue module", "Text.");
        new TestCourses(context).importFolder(folder);
        navigate(CatalogueView.class);
    }

    /** The slugs of the listed courses, in order. */
    private List<String> listed() {
        return $(Section.class).withClassName("course-card").all().stream()
            .map(card -> card.getId().orElseThrow().substring("course-".length())).toList();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> combo(String id) {
        return $(ComboBox.class).id(id);
    }

    @Test
    void listsEveryCourseWithMyCpdHours() {
        assertThat(listed()).contains(PROGRAMME, module);
        assertThat($(Paragraph.class).id("my-cpd").getText()).startsWith("Your CPD hours from courses:");
    }

    @Test
    void theSixthCourseOnReflectivePracticeIsListedAndFoundByItsSubject() {
        assertThat(listed()).contains("reflective-practice", "core-purpose", "early-years-focus", "future-leaders",
            "managing-change", "working-together");

        test($(TextField.class).id("filter-text")).setValue("supervision");
        assertThat(listed()).contains("reflective-practice").doesNotContain(PROGRAMME);
    }

    @Test
    void searchesTitlesAndSummaries() {
        test($(TextField.class).id("filter-text")).setValue("ten-week leadership programme");
        assertThat(listed()).containsExactly(PROGRAMME);

        test($(TextField.class).id("filter-text")).setValue(module);
        assertThat(listed()).isEmpty();

        test($(TextField.class).id("filter-text")).setValue("Catalogue module");
        assertThat(listed()).containsExactly(module);
    }

    @Test
    void filtersByKindAreaAndAudience() {
        test(combo("filter-kind")).selectItem("Leadership programme");
        assertThat(listed()).contains(PROGRAMME).doesNotContain(module);

        test(combo("filter-kind")).selectItem("Reflective module");
        test(combo("filter-area")).selectItem("Acting as a hub for the local community, building social capital and cohesion");
        assertThat(listed()).contains(module).doesNotContain(PROGRAMME);

        combo("filter-kind").clear();
        combo("filter-area").clear();
        test(combo("filter-audience")).selectItem("Midwife");
        assertThat(listed()).contains(module).doesNotContain(PROGRAMME);
    }

    @Test
    void filtersByCpdHours() {
        // Not 10: the programme's hours are now bound to its content (about 4.6 hours of units).
        $(BigDecimalField.class).id("filter-min-hours").setValue(new BigDecimal("4"));
        assertThat(listed()).contains(PROGRAMME).doesNotContain(module);

        $(BigDecimalField.class).id("filter-min-hours").clear();
        $(BigDecimalField.class).id("filter-max-hours").setValue(new BigDecimal("3"));
        assertThat(listed()).contains(module).doesNotContain(PROGRAMME);
        assertThat($(Paragraph.class).id("course-count").getText()).endsWith("courses").doesNotStartWith("0");
    }
}
