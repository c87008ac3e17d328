package org.centrecpd.courses.ui;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.centrecpd.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.file.Path;
import java.util.List;
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

/** The unit player: autosave into the journal, knowledge-check feedback, completion rules, Resume. */
@CentreTest
@WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
class UnitViewTest extends ViewTest {

    @TempDir
    Path folder;
    @Autowired
    ApplicationContext context;
    @Autowired
    JournalService journal;

    String slug;

    @BeforeEach
    void importCourse() {
        slug = TestCourses.newSlug();
        TestCourses.write(folder, slug, "Player course", "Text.");
        new TestCourses(context).importFolder(folder);
    }

    private UnitView open(int order) {
        return navigate("courses/" + slug + "/units/" + order, UnitView.class);
    }

    @Test
    void anAnswerIsSavedIntoMyJournalAsITypeAndIsThereWhenIComeBack() {
        open(2);
        test($(TextArea.class).id("answer-next-step")).setValue("Talk to the health visitor.");

        assertThat($(Span.class).id("saved-next-step").getText()).startsWith("Saved at");
        assertThat(journal.courseAnswers(slug, "02-second.md")).containsEntry("next-step", "Talk to the health visitor.");

        open(1);
        open(2);
        assertThat($(TextArea.class).id("answer-next-step").getValue()).isEqualTo("Talk to the health visitor.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aKnowledgeCheckGivesTheWhyOfTheChosenAnswer() {
        open(2);
        RadioButtonGroup<Object> check = $(RadioButtonGroup.class).id("check-count");

        test(check).selectItem("Five");
        assertThat($(Paragraph.class).id("feedback-count").getText()).isEqualTo("Not quite. Count again the areas of " + slug + ".");

        test(check).selectItem("Eight");
        assertThat($(Paragraph.class).id("feedback-count").getText()).isEqualTo("Correct. Yes, " + slug + " has eight.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCheckKeepsMyOrderOfOptionsWhenIComeBackAndStillScoresByAnswerNotPosition() {
        open(2);
        List<Object> first = $(RadioButtonGroup.class).id("check-count").getListDataView().getItems().toList();
        open(1);
        open(2);
        RadioButtonGroup<Object> check = $(RadioButtonGroup.class).id("check-count");

        assertThat(check.getListDataView().getItems().toList()).containsExactlyElementsOf(first);
        test(check).selectItem("Eight");
        assertThat($(Paragraph.class).id("feedback-count").getText()).isEqualTo("Correct. Yes, " + slug + " has eight.");
    }

    @Test
    void aQuestionAboutAFamilyRemindsMeToLeaveOutWhatWouldIdentifyThemInTheBoxsHelperText() {
        String families = TestCourses.newSlug();
        TestCourses.writeFamilyQuestions(folder, families);
        new TestCourses(context).importFolder(folder);

        navigate("courses/" + families + "/units/1", UnitView.class);

        // The helper text is tied to the box (aria-describedby): a screen reader reads it with the question.
        assertThat($(TextArea.class).id("answer-a-family").getHelperText())
            .startsWith("Leave out names and anything else that could identify the family.")
            .endsWith("Needed to complete the unit. Your answer is saved to your private journal as you type.");
        assertThat($(TextArea.class).id("answer-my-practice").getHelperText())
            .isEqualTo("Needed to complete the unit. Your answer is saved to your private journal as you type.");
    }

    @Test
    void completionIsRefusedWithTheMissingQuestionsThenAccepted() {
        open(1);
        test($(Button.class).id("complete-unit")).click();

        Div outcome = $(Div.class).id("completion-outcome");
        assertThat(outcome.getElement().getTextRecursively())
            .contains("Answer these questions before marking the unit as complete:", "Why did you choose this course?");
        assertThat($(Span.class).id("unit-complete-status").getText()).isEmpty();

        test($(TextArea.class).id("answer-why-here")).setValue("My supervisor recommended it.");
        test($(Button.class).id("complete-unit")).click();

        assertThat($(Span.class).id("unit-complete-status").getText()).isEqualTo("You completed this unit.");
        assertThat(outcome.getElement().getTextRecursively()).isEmpty();

        navigate("courses/" + slug, CourseView.class);
        assertThat($(Button.class).id("resume").getText()).isEqualTo("Resume: unit 2");
        assertThat($(Span.class).id("course-progress").getText()).isEqualTo("1 of 2 units complete");
    }

    @Test
    void theCoursePageTellsALearnerPartWayThroughThatTheCourseWasUpdated() {
        open(1);
        TestCourses.write(folder, slug, "Player course", "New text for unit 2.");
        new TestCourses(context).importFolder(folder);

        navigate("courses/" + slug, CourseView.class);

        assertThat($(Div.class).id("course-updated").getElement().getTextRecursively())
            .contains("This course was updated", "You started version 1; this is version 2.", "Unit 2 was rewritten.");
    }
}
