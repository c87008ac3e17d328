package org.centrecpd.reviews.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.reviews.service.ReviewPage;
import org.centrecpd.reviews.service.ReviewService;

import static org.centrecpd.reviews.ui.ReviewWords.actionState;
import static org.centrecpd.reviews.ui.ReviewWords.or;
import static org.centrecpd.reviews.ui.ReviewWords.visitLine;

/**
 * The centre manager's side of a shared review: the partner's judgements and text as written, with a response box per
 * area and per action. Saving goes through the page's {@code attempt}.
 */
class ReviewResponder extends VerticalLayout {

    ReviewResponder(ReviewPage page, ReviewService reviews, BiConsumer<Runnable, String> attempt) {
        setPadding(false);
        add(new Paragraph(getTranslation("reviews.respond.intro")));
        add(visitLine(this, getLocale(), page));
        Map<String, TextArea> responses = new HashMap<>();
        for (ReviewPage.JudgementLine line : page.judgements()) {
            add(new H3(getTranslation(line.area().key())), new Paragraph(judgementWords(line)));
            TextArea response = new TextArea(getTranslation("reviews.responseOn", getTranslation(line.area().key())));
            response.setMaxLength(2000);
            response.setWidthFull();
            response.setValue(line.response() == null ? "" : line.response());
            response.setId("response-" + line.area().id());
            responses.put(line.area().id(), response);
            add(response);
        }
        add(new H3(getTranslation("reviews.strengths")), new Paragraph(or(page.strengths())),
            new H3(getTranslation("reviews.priorities")), new Paragraph(or(page.priorities())), new H3(getTranslation("reviews.actions")));
        Map<Long, TextArea> actionResponses = new HashMap<>();
        for (ReviewPage.ActionLine a : page.actions()) {
            add(new Paragraph(a.body() + " — " + getTranslation("reviews.action.summary", a.ownerName(), Dates.day(a.dueOn(), getLocale()),
                actionState(this, getLocale(), a.doneOn(), a.dueOn(), page.today()))));
            TextArea response = new TextArea(getTranslation("reviews.responseOnAction", a.body()));
            response.setMaxLength(2000);
            response.setWidthFull();
            response.setValue(a.response() == null ? "" : a.response());
            response.setId("action-response-" + a.id());
            actionResponses.put(a.id(), response);
            add(response);
        }
        Button save = new Button(getTranslation("reviews.respond.save"), e -> attempt.accept(() -> {
            Map<String, String> byArea = new HashMap<>();
            responses.forEach((k, v) -> byArea.put(k, v.getValue().isBlank() ? null : v.getValue().strip()));
            Map<Long, String> byAction = new HashMap<>();
            actionResponses.forEach((k, v) -> byAction.put(k, v.getValue().isBlank() ? null : v.getValue().strip()));
            reviews.respond(page.id(), byArea, byAction);
        }, "reviews.respond.saved"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("review-respond");
        add(save);
    }

    private String judgementWords(ReviewPage.JudgementLine line) {
        return (line.judgement() == null ? "—" : getTranslation(line.judgement().key())) + (line.commentary() == null || line.commentary().isBlank()
            ? "" : ": " + line.commentary());
    }
}
