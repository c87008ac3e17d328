package org.centrecpd.courses.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.centrecpd.courses.RatingScale;
import org.centrecpd.courses.service.UnitPage;

/**
 * A self-assessment in the unit player: one labelled radio group per item, 1 to 5, each level with its words (never
 * colour or position alone). With an earlier self-assessment to compare with, each item says what I gave it then
 * and how today's rating differs. Each choice is saved to my journal at once, all of the item's ratings together.
 */
class SelfAssessment extends Section {

    private final UnitPage.Rating rating;

    SelfAssessment(UnitPage.Rating r, boolean tracked, Function<Map<String, Integer>, LocalDateTime> save) {
        this.rating = r;
        add(new H2(getTranslation("unit.rating")));
        addClassName("self-assessment");
        setId("rating-" + r.id());
        Paragraph prompt = new Paragraph(r.prompt());
        prompt.addClassName("rating-prompt");
        add(prompt);
        if (r.comparing()) {
            add(new Paragraph(r.earlier().isEmpty()
                ? getTranslation("unit.rating.noEarlier", r.earlierUnitTitle())
                : getTranslation("unit.rating.comparing", r.earlierUnitTitle())));
        }
        Map<String, Integer> chosen = new LinkedHashMap<>(r.mine());
        SaveStatus status = new SaveStatus("rated-" + r.id());
        for (RatingScale.Item item : r.items()) {
            RadioButtonGroup<Integer> levels = new RadioButtonGroup<>(getTranslation(item.key()));
            levels.setId("rate-" + r.id() + "-" + item.id());
            levels.setItems(IntStream.rangeClosed(1, RatingScale.LEVELS).boxed().toList());
            levels.setItemLabelGenerator(level -> getTranslation("unit.rating.level", level,
                getTranslation(RatingScale.levelKey(level))));
            levels.addThemeName("vertical");
            levels.setValue(r.mine().get(item.id()));
            levels.setReadOnly(!tracked);
            Integer earlier = r.earlier().get(item.id());
            levels.setHelperText(change(earlier, levels.getValue()));
            levels.addValueChangeListener(e -> {
                if (e.getValue() == null) {
                    return;
                }
                chosen.put(item.id(), e.getValue());
                levels.setHelperText(change(earlier, e.getValue()));
                Map<String, Integer> ratings = Map.copyOf(chosen);
                status.attempt(this, () -> save.apply(ratings));
            });
            add(levels);
        }
        add(status);
    }

    /** What I gave this item in the earlier self-assessment and how today's rating compares, in words. */
    private String change(Integer earlier, Integer now) {
        if (!rating.comparing()) {
            return "";
        }
        if (earlier == null) {
            return getTranslation("unit.rating.earlier.none", rating.earlierUnitTitle());
        }
        String then = getTranslation("unit.rating.earlier", rating.earlierUnitTitle(), earlier,
            getTranslation(RatingScale.levelKey(earlier)));
        if (now == null) {
            return then;
        }
        int diff = now - earlier;
        return then + " " + (diff == 0 ? getTranslation("unit.rating.same")
            : getTranslation(diff > 0 ? "unit.rating.up" : "unit.rating.down", Math.abs(diff)));
    }
}
