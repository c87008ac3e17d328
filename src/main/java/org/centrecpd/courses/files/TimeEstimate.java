package org.centrecpd.courses.files;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How long a unit or a course takes, estimated from what is in it, so that the CPD hours a course
 * claims are true (issue 29): study words at {@value #WORDS_A_MINUTE} a minute, plus
 * {@value #REFLECTIVE_QUESTION_MINUTES} minutes per reflective question (optional ones too),
 * {@value #KNOWLEDGE_CHECK_MINUTES} per knowledge check, {@value #SELF_ASSESSMENT_MINUTES} per
 * self-assessment, plus the course's other learning ({@code otherLearningMinutes}). A course may
 * claim at most {@link #MOST_CLAIMED} times its estimate. courses/README.md ("CPD hours") states the same
 * figures for authors.
 *
 * <p>Study words are the words of a unit's Markdown outside fenced blocks (questions, checks,
 * self-assessments and facilitator material are counted by their own minutes or not at all), up to
 * the unit's final {@code ## Sources} section, which is a list to look things up in, not to study.
 *
 * @param otherMinutes the course's {@code otherLearningMinutes} (work-based tasks, a live session); 0 for a unit
 */
public record TimeEstimate(int studyWords, int reflectiveQuestions, int knowledgeChecks, int selfAssessments,
                           int otherMinutes) {

    public static final int WORDS_A_MINUTE = 200;
    public static final int REFLECTIVE_QUESTION_MINUTES = 10;
    public static final int KNOWLEDGE_CHECK_MINUTES = 2;
    public static final int SELF_ASSESSMENT_MINUTES = 5;
    /** The most a course may claim, as a multiple of its estimate: a course estimated at 4 hours may claim 5. */
    public static final BigDecimal MOST_CLAIMED = new BigDecimal("1.25");
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    public static TimeEstimate of(UnitSource unit) {
        int reflect = 0;
        int checks = 0;
        int ratings = 0;
        for (PartSource part : unit.parts()) {
            switch (part) {
                case PartSource.Reflect r -> reflect++;
                case PartSource.Check c -> checks++;
                case PartSource.Rating r -> ratings++;
                case PartSource.Text t -> { }
                case PartSource.Facilitator f -> { }
            }
        }
        return new TimeEstimate(unit.studyWords(), reflect, checks, ratings, 0);
    }

    public static TimeEstimate of(CourseSource course) {
        TimeEstimate sum = new TimeEstimate(0, 0, 0, 0, course.otherLearningMinutes());
        for (UnitSource unit : course.units()) {
            sum = sum.plus(of(unit));
        }
        return sum;
    }

    TimeEstimate plus(TimeEstimate other) {
        return new TimeEstimate(studyWords + other.studyWords, reflectiveQuestions + other.reflectiveQuestions,
            knowledgeChecks + other.knowledgeChecks, selfAssessments + other.selfAssessments, otherMinutes + other.otherMinutes);
    }

    /** The estimate in minutes, exactly (a word is 0.005 of a minute). */
    public BigDecimal minutes() {
        // 1/200 has a finite decimal expansion, so this division is exact.
        return BigDecimal.valueOf(studyWords).divide(BigDecimal.valueOf(WORDS_A_MINUTE))
            .add(BigDecimal.valueOf((long) reflectiveQuestions * REFLECTIVE_QUESTION_MINUTES
                + (long) knowledgeChecks * KNOWLEDGE_CHECK_MINUTES
                + (long) selfAssessments * SELF_ASSESSMENT_MINUTES
                + otherMinutes));
    }

    /** The estimate in hours to one decimal place, as shown to authors: 3.6. */
    public BigDecimal hours() {
        return minutes().divide(SIXTY, 1, RoundingMode.HALF_UP);
    }

    /**
     * The figure to claim: the estimate rounded to the nearest half hour, as the authors' brief asks; for a
     * course so short that no half hour is allowed, the estimate to one decimal place.
     */
    public BigDecimal suggestedHours() {
        BigDecimal halfHours = minutes().divide(BigDecimal.valueOf(30), 0, RoundingMode.HALF_UP)
            .divide(BigDecimal.valueOf(2));
        return (halfHours.signum() > 0 && allows(halfHours) ? halfHours : hours()).stripTrailingZeros();
    }

    /** The most hours a course with this estimate may claim, to two decimal places (rounded down, so it is allowed). */
    public BigDecimal mostHours() {
        return minutes().multiply(MOST_CLAIMED).divide(SIXTY, 2, RoundingMode.DOWN);
    }

    /** Whether {@code claimed} hours are at most {@link #MOST_CLAIMED} times this estimate; compared exactly, in minutes. */
    public boolean allows(BigDecimal claimed) {
        return claimed.multiply(SIXTY).compareTo(minutes().multiply(MOST_CLAIMED)) <= 0;
    }
}
