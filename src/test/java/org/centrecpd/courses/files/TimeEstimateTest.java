package org.centrecpd.courses.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The estimate behind true CPD hours (issue 29; courses/README.md, "CPD hours"). */
class TimeEstimateTest {

    private static final String FENCE = "```";

    private static UnitSource unit(String body) {
        List<ImportProblem> problems = new ArrayList<>();
        UnitSource unit = new UnitFileParser("c/01-unit.md", "course-files/c/", false, true, problems)
            .parse("01-unit.md", """
                ---
                title: A unit
                order: 1
                minutes: 10
                ---
                """ + body.replace("```", FENCE), "fingerprint")
            .orElseThrow(() -> new AssertionError(problems)).unit();
        assertThat(problems).isEmpty();
        return unit;
    }

    @Test
    void studyWordsAreTheTextOutsideFencedBlocksBeforeTheFinalSourcesSection() {
        UnitSource unit = unit("""
            ## Why it matters

            A parent's first visit shapes what comes next.

            ```reflect id=first-visit about-family
            Think of a family's first visit. What did they see first?
            ```

            | Who | When |
            | --- | --- |
            | Health visitor | 2–2½ years |

            ```check id=when
            question: When is the review?
            answers:
              - text: At two to two and a half
                correct: true
                why: That is the review the unit describes.
              - text: At four
                why: That is school age in England.
            ```

            ```
            a plain code block is not study text either
            ```

            ```facilitator notes
            Facilitators read this, learners do not.
            ```

            ## Sources of help for families

            Still study text: only the last Sources heading starts the list of sources.

            ## Sources and further reading

            - Department for Education (2025), Early years foundation stage statutory framework
            """);

        // "Why it matters" 3, the sentence 8 ("parent's" is one word), the table 7 ("2–2½" gives 2 and 2),
        // the second heading 5, the sentence under it 13.
        assertThat(unit.studyWords()).isEqualTo(3 + 8 + 7 + 5 + 13);
        TimeEstimate estimate = TimeEstimate.of(unit);
        assertThat(estimate.reflectiveQuestions()).isEqualTo(1);
        assertThat(estimate.knowledgeChecks()).isEqualTo(1);
        assertThat(estimate.selfAssessments()).isZero();
        assertThat(estimate.otherMinutes()).isZero();
    }

    @Test
    void minutesAreWordsAtTwoHundredAMinutePlusTenTwoAndFivePerQuestionCheckAndSelfAssessmentPlusOtherLearning() {
        TimeEstimate estimate = new TimeEstimate(4000, 6, 4, 1, 60);

        // 20 + 60 + 8 + 5 + 60
        assertThat(estimate.minutes()).isEqualByComparingTo("153");
        assertThat(estimate.hours()).isEqualByComparingTo("2.6");
        assertThat(estimate.suggestedHours()).isEqualByComparingTo("2.5");
        assertThat(new TimeEstimate(101, 0, 0, 0, 0).minutes()).isEqualByComparingTo("0.505");
    }

    @Test
    void aCourseMayClaimAtMostAQuarterMoreThanItsEstimate() {
        // 72 minutes: 1.2 hours, so at most 1.5 hours.
        TimeEstimate estimate = new TimeEstimate(2400, 0, 0, 0, 60);

        assertThat(estimate.allows(new BigDecimal("1.5"))).isTrue();
        assertThat(estimate.allows(new BigDecimal("1.51"))).isFalse();
        assertThat(estimate.allows(new BigDecimal("1"))).isTrue();
        assertThat(estimate.mostHours()).isEqualByComparingTo("1.5");
    }

    @Test
    void aCourseEstimateIsTheSumOfItsUnitsAndItsOtherLearning() {
        UnitSource one = unit("""
            Two hundred words take a minute; these eleven take far less.

            ```reflect id=a
            What?
            ```

            ```self-assessment id=me
            prompt: Rate yourself.
            scale: leadership-qualities
            ```
            """);
        UnitSource two = unit("""
            ```check id=c
            question: Which?
            answers:
              - text: This
                correct: true
                why: Because of this.
              - text: That
                why: Because of that.
            ```
            """);
        CourseSource course = new CourseSource("c", "c", "C", org.centrecpd.courses.CourseKind.WORKSHOP, "S", java.util.Set.of(),
            BigDecimal.ONE, java.util.Set.of(), "", "The live session.", 45, "f", List.of(one, two));

        assertThat(TimeEstimate.of(course)).isEqualTo(new TimeEstimate(11, 1, 1, 1, 45));
        assertThat(TimeEstimate.of(course).minutes()).isEqualByComparingTo("62.055");
    }
}
