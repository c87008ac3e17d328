package org.centrecpd.courses.ui;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.centrecpd.support.ViewTest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.courses.service.LearningService;
import org.centrecpd.courses.service.TestCourses;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.journal.service.JournalService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A self-assessment in the player: a labelled 1-5 group per leadership quality, each level in words;
 * every choice saved to my journal; a later unit shows what I gave then and how today's rating differs.
 */
@CentreTest
@WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
class SelfAssessmentViewTest extends ViewTest {

    @TempDir
    Path folder;
    @Autowired
    ApplicationContext context;
    @Autowired
    JournalService journal;
    @Autowired
    LearningService learning;

    String slug;

    @BeforeEach
    void importCourse() throws IOException {
        slug = TestCourses.newSlug();
        Path dir = Files.createDirectories(folder.resolve(slug));
        Files.writeString(dir.resolve("course.yml"), """
            slug: %s
            title: Rating course
            kind: leadership-programme
            summary: Rate yourself twice.
            audience:
              - centre-manager
            cpdHours: 2
            otherLearning: Ten weeks of leading your centre between the two self-assessments.
            otherLearningMinutes: 110
            corePurpose:
              - improving-outcomes
            units:
              - 01-start.md
              - 02-end.md
            """.formatted(slug));
        Files.writeString(dir.resolve("01-start.md"), """
            ---
            title: Where you start
            order: 1
            minutes: 10
            week: 1
            ---

            Text.

            ```self-assessment id=start
            prompt: How often do you show each quality?
            scale: leadership-qualities
            ```
            """);
        Files.writeString(dir.resolve("02-end.md"), """
            ---
            title: Where you end
            order: 2
            minutes: 10
            week: 10
            ---

            ```self-assessment id=end
            prompt: And now?
            scale: leadership-qualities
            compare: 01-start.md#start
            ```
            """);
        new TestCourses(context).importFolder(folder);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Integer> group(String id) {
        return $(RadioButtonGroup.class).id(id);
    }

    @Test
    void eachQualityIsALabelledGroupOfFiveLevelsInWordsAndAChoiceIsSavedToMyJournal() {
        navigate("courses/" + slug + "/units/1", UnitView.class);

        Section section = $(Section.class).id("rating-start");
        assertThat(section.getElement().getTextRecursively()).contains("Self-assessment", "How often do you show each quality?");
        assertThat($(RadioButtonGroup.class).from(section).all()).hasSize(7);
        RadioButtonGroup<Integer> vision = group("rate-start-vision");
        assertThat(vision.getLabel()).isEqualTo("Inspiring and innovative vision");
        assertThat(vision.getListDataView().getItems().map(vision.getItemLabelGenerator()).toList()).containsExactly(
            "1 – Not yet: this is new to me", "2 – Beginning: I do this now and then",
            "3 – Developing: I do this often, not yet consistently", "4 – Secure: I do this consistently",
            "5 – Strong: I do this well and help others to");

        test(vision).selectItem("2 – Beginning: I do this now and then");
        test(group("rate-start-open-communication")).selectItem("4 – Secure: I do this consistently");

        assertThat($(Span.class).id("rated-start").getText()).startsWith("Saved at");
        assertThat(journal.courseRatings(slug, "01-start.md"))
            .containsEntry("start", Map.of("vision", 2, "open-communication", 4));
        assertThat(journal.courseAnswers(slug, "01-start.md").get("start")).isEqualTo("""
            - Inspiring and innovative vision: 2 of 5 (Beginning: I do this now and then)
            - Open communication: 4 of 5 (Secure: I do this consistently)""");

        navigate("courses/" + slug + "/units/2", UnitView.class);
        navigate("courses/" + slug + "/units/1", UnitView.class);
        assertThat(group("rate-start-vision").getValue()).isEqualTo(2);
    }

    @Test
    void theLaterUnitShowsMyEarlierRatingBesideTodaysAndTheChangeInWords() {
        navigate("courses/" + slug + "/units/2", UnitView.class);
        assertThat($(Section.class).id("rating-end").getElement().getTextRecursively())
            .contains("You did not rate yourself in \"Where you start\"");

        learning.saveRatings(slug, 1, "start", Map.of("vision", 2, "evidence-and-outcomes", 4));
        navigate("courses/" + slug + "/units/2", UnitView.class);

        RadioButtonGroup<Integer> vision = group("rate-end-vision");
        assertThat(vision.getHelperText()).isEqualTo("In \"Where you start\" you gave 2 (Beginning: I do this now and then).");
        assertThat(group("rate-end-open-communication").getHelperText()).isEqualTo("Not rated in \"Where you start\".");

        test(vision).selectItem("4 – Secure: I do this consistently");
        assertThat(vision.getHelperText()).endsWith("Today: up 2 levels.");
        RadioButtonGroup<Integer> evidence = group("rate-end-evidence-and-outcomes");
        test(evidence).selectItem("3 – Developing: I do this often, not yet consistently");
        assertThat(evidence.getHelperText()).endsWith("Today: down 1 level.");

        assertThat(journal.courseRatings(slug, "02-end.md")).containsEntry("end", Map.of("vision", 4, "evidence-and-outcomes", 3));
        assertThat(journal.courseRatings(slug, "01-start.md")).containsEntry("start", Map.of("vision", 2, "evidence-and-outcomes", 4));
        assertThat($(Paragraph.class).from($(Section.class).id("rating-end")).all())
            .extracting(Paragraph::getText).anySatisfy(t -> assertThat(t).contains("how today's rating differs"));
    }

    @Test
    void aRatingOutsideTheScaleOrForAnUnknownQualityIsRefused() {
        assertThatThrownBy(() -> learning.saveRatings(slug, 1, "start", Map.of("vision", 6)))
            .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> learning.saveRatings(slug, 1, "start", Map.of("charisma", 3)))
            .isInstanceOf(RuleViolation.class);
        assertThat(journal.courseRatings(slug, "01-start.md")).doesNotContainKey("start");
    }
}
