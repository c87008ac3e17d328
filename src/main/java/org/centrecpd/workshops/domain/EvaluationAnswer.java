package org.centrecpd.workshops.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.centrecpd.base.AbstractEntity;

/**
 * One participant's answers to a session's evaluation form, kept without who gave them: no person, no
 * booking, no date (who has answered is a separate row per booking, see {@link EvaluationRepository}).
 * Written once, never changed.
 */
@Entity
@Table(name = "workshop_evaluation_answer")
public class EvaluationAnswer extends AbstractEntity {

    /** The ratings' scale: 1 (not useful, not confident) to 5 (very useful, very confident). */
    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    public static final int MAX_SUGGESTION = 1000;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(nullable = false)
    private int usefulness;

    @Column(nullable = false)
    private int confidence;

    @Enumerated(EnumType.STRING)
    @Column(name = "question_wall", nullable = false)
    private QuestionWall questionWall;

    private String suggestion;

    protected EvaluationAnswer() {
    }

    /** What the participant chose; the service has checked it. */
    public EvaluationAnswer(long sessionId, int usefulness, int confidence, QuestionWall questionWall, String suggestion) {
        this.sessionId = sessionId;
        this.usefulness = usefulness;
        this.confidence = confidence;
        this.questionWall = questionWall;
        this.suggestion = suggestion;
    }

    public long getSessionId() { return sessionId; }
    public int getUsefulness() { return usefulness; }
    public int getConfidence() { return confidence; }
    public QuestionWall getQuestionWall() { return questionWall; }
    public String getSuggestion() { return suggestion; }
}
