package org.centrecpd.reviews.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.reviews.Judgement;
import org.centrecpd.reviews.domain.Review;
import org.centrecpd.reviews.service.ReviewActions;
import org.centrecpd.reviews.service.ReviewPage;
import org.centrecpd.reviews.service.ReviewService;

/**
 * The partner's form while the review is open: the visit date, a judgement and commentary per area (with the manager's
 * response, if any, beneath), strengths, priorities, and the actions. Saving goes through the page's {@code attempt}
 * (it explains a refused save and shows the page afresh).
 */
class ReviewEditor extends VerticalLayout {

    ReviewEditor(ReviewPage page, ReviewService reviews, ReviewActions actions, BiConsumer<Runnable, String> attempt, Runnable refresh) {
        setPadding(false);
        DatePicker visit = Dates.picker(getTranslation("reviews.visitDate"));
        visit.setLocale(getLocale());
        visit.setValue(page.visitDate());
        visit.setId("review-visit");
        add(visit);
        Map<String, RadioButtonGroup<Judgement>> judgements = new LinkedHashMap<>();
        Map<String, TextArea> commentaries = new HashMap<>();
        for (ReviewPage.JudgementLine line : page.judgements()) {
            RadioButtonGroup<Judgement> judgement = new RadioButtonGroup<>(getTranslation(line.area().key()));
            judgement.setItems(Judgement.values());
            judgement.setItemLabelGenerator(j -> getTranslation(j.key()));
            judgement.setValue(line.judgement());
            judgement.setId("judgement-" + line.area().id());
            TextArea commentary = new TextArea(getTranslation("reviews.commentaryOn", getTranslation(line.area().key())));
            commentary.setMaxLength(2000);
            commentary.setValue(line.commentary() == null ? "" : line.commentary());
            commentary.setWidthFull();
            commentary.setId("commentary-" + line.area().id());
            judgements.put(line.area().id(), judgement);
            commentaries.put(line.area().id(), commentary);
            Div area = new Div(judgement, commentary);
            area.addClassName("review-area");
            add(area);
            if (line.response() != null) {
                add(new Paragraph(getTranslation("reviews.responseWas", line.response())));
            }
        }
        TextArea strengths = area("reviews.strengths", page.strengths(), "review-strengths");
        TextArea priorities = area("reviews.priorities", page.priorities(), "review-priorities");
        Button save = new Button(getTranslation("reviews.save"), e -> attempt.accept(() -> {
            Map<String, Review.Judged> byArea = new HashMap<>();
            judgements.forEach((area, group) -> byArea.put(area, new Review.Judged(group.getValue(), commentaries.get(area).getValue())));
            reviews.write(page.id(), page.version(), visit.getValue(), strengths.getValue(), priorities.getValue(), byArea);
        }, "reviews.saved"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("review-save");
        Section actionList = new ActionsSection(page, actions, true, refresh);
        actionList.addComponentAsFirst(new H3(getTranslation("reviews.actions")));
        add(strengths, priorities, save, actionList);
    }

    private TextArea area(String key, String value, String id) {
        TextArea area = new TextArea(getTranslation(key));
        area.setMaxLength(8000);
        area.setValue(value == null ? "" : value);
        area.setWidthFull();
        area.setId(id);
        return area;
    }
}
