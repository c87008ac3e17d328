package org.centrecpd.workshops.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.stream.IntStream;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.base.ui.SaveButton;
import org.centrecpd.workshops.domain.EvaluationAnswer;
import org.centrecpd.workshops.domain.QuestionWall;
import org.centrecpd.workshops.service.EvaluationForm;
import org.centrecpd.workshops.service.EvaluationService;
import org.centrecpd.workshops.service.EvaluationState;

/**
 * The evaluation form for a participant marked as attended (Handout F), made for a phone at the end of
 * the session: every level of both ratings in words, the questions-wall outcome, one optional
 * suggestion. A refused send keeps everything typed; once answered it says so instead.
 */
class EvaluationQuestions extends Section {

    EvaluationQuestions(EvaluationService evaluations, long sessionId, EvaluationState state, Runnable answered) {
        setId("evaluation");
        add(new H3(getTranslation("workshops.evaluation")));
        if (state == EvaluationState.ANSWERED) {
            add(new Paragraph(getTranslation("workshops.evaluation.answered")));
            return;
        }
        if (state != EvaluationState.OPEN) {
            add(new Paragraph(getTranslation("workshops.evaluation.notStarted")));
            return;
        }
        add(new Paragraph(getTranslation("workshops.evaluation.intro")));
        RadioButtonGroup<Integer> usefulness = rating("usefulness");
        RadioButtonGroup<Integer> confidence = rating("confidence");
        RadioButtonGroup<QuestionWall> wall = new RadioButtonGroup<>(getTranslation("workshops.evaluation.wall"));
        wall.setItems(QuestionWall.values());
        wall.setItemLabelGenerator(o -> getTranslation(o.key()));
        wall.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        wall.setRequiredIndicatorVisible(true);
        wall.setId("evaluation-wall");
        TextArea suggestion = new TextArea(getTranslation("workshops.evaluation.suggestion"));
        suggestion.setMaxLength(EvaluationAnswer.MAX_SUGGESTION);
        suggestion.setHelperText(getTranslation("workshops.evaluation.suggestionHelp"));
        suggestion.setWidthFull();
        suggestion.setId("evaluation-suggestion");
        SaveButton send = new SaveButton(getTranslation("workshops.evaluation.send"), () -> {
            try {
                evaluations.answer(sessionId, new EvaluationForm(usefulness.getValue(), confidence.getValue(), wall.getValue(),
                    suggestion.getValue()));
                Feedback.saved(this, "workshops.evaluation.sent");
                answered.run();
            } catch (RuntimeException ex) {
                if (!Feedback.explain(this, ex)) {
                    throw ex;
                }
            }
        });
        send.setId("evaluation-send");
        add(usefulness, confidence, wall, suggestion, send);
    }

    /** A 1-5 rating whose every level has its words (never a number or a colour alone). */
    private RadioButtonGroup<Integer> rating(String question) {
        String key = "workshops.evaluation." + question;
        RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(getTranslation(key));
        rating.setItems(IntStream.rangeClosed(EvaluationAnswer.LOWEST, EvaluationAnswer.HIGHEST).boxed().toList());
        rating.setItemLabelGenerator(level -> getTranslation(key + "." + level));
        rating.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        rating.setRequiredIndicatorVisible(true);
        rating.setId("evaluation-" + question);
        return rating;
    }
}
