package org.centrecpd.courses.domain;

import org.centrecpd.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.centrecpd.courses.RatingScale;

/** A piece of a unit in reading order: sanitised HTML, a reflective question, a knowledge check or a self-assessment. */
@Entity
@Table(name = "course_unit_part")
public class UnitPart extends AbstractEntity {

    /** FACILITATOR: material for whoever runs a workshop (its material in {@code questionId}, its HTML in {@code html}). */
    public enum Kind { TEXT, REFLECT, CHECK, RATING, FACILITATOR }


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_unit_id")
    private CourseUnit unit;

    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    /** Sanitised at import (TEXT only). */
    private String html;

    @Column(name = "question_id")
    private String questionId;

    /** The reflective question, or the knowledge check's question. */
    private String prompt;

    private boolean optional;

    /** REFLECT only: the question asks about a family or a child, so the player reminds the learner to anonymise. */
    @Column(name = "about_family", nullable = false)
    private boolean aboutFamily;

    /** RATING only: what the learner rates. */
    @Convert(converter = Converters.ScaleConverter.class)
    private RatingScale scale;

    /** RATING only: the earlier self-assessment shown beside this one ({@code unit-file.md#id}), or null. */
    @Column(name = "compare_to")
    private String compareTo;

    // A unit has a few checks: load their answers together rather than one query per check.
    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 50)
    @CollectionTable(name = "course_check_answer", joinColumns = @JoinColumn(name = "course_unit_part_id"))
    @OrderColumn(name = "position")
    private List<CheckAnswer> answers = new ArrayList<>();

    /** One answer of a knowledge check, with the feedback shown when it is chosen. */
    @Embeddable
    public record CheckAnswer(@Column(name = "answer_text", nullable = false) String text,
                              @Column(nullable = false) boolean correct,
                              @Column(nullable = false) String why) {
    }

    protected UnitPart() {
    }

    UnitPart(CourseUnit unit, int position, Kind kind) {
        this.unit = unit;
        this.position = position;
        this.kind = kind;
    }

    public UnitPart text(String sanitisedHtml) {
        this.html = sanitisedHtml;
        return this;
    }

    public UnitPart question(String id, String prompt, boolean optional) {
        this.questionId = id;
        this.prompt = prompt;
        this.optional = optional;
        return this;
    }

    public UnitPart aboutFamily(boolean aboutFamily) {
        this.aboutFamily = aboutFamily;
        return this;
    }

    public UnitPart rating(String id, String prompt, RatingScale scale, String compareTo) {
        this.questionId = id;
        this.prompt = prompt;
        this.scale = scale;
        this.compareTo = compareTo;
        return this;
    }

    public UnitPart answer(String text, boolean correct, String why) {
        answers.add(new CheckAnswer(text, correct, why));
        return this;
    }

    public CourseUnit getUnit() { return unit; }
    public int getPosition() { return position; }
    public Kind getKind() { return kind; }
    public String getHtml() { return html; }
    public String getQuestionId() { return questionId; }
    public String getPrompt() { return prompt; }
    public boolean isOptional() { return optional; }
    public boolean isAboutFamily() { return aboutFamily; }
    public RatingScale getScale() { return scale; }
    public String getCompareTo() { return compareTo; }
    public List<CheckAnswer> getAnswers() { return answers; }
}
