package org.centrecpd.journal.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centrecpd.journal.ReflectiveModel;
import org.centrecpd.journal.service.Entry;
import org.centrecpd.journal.service.EntryRules;

/**
 * What the author writes: a title, how they reflect (freely, or by a reflective model), and a box
 * for each section of the model (one box for a free entry). Text typed in a section is kept when
 * the author switches model, so trying another model loses nothing. The boxes send their text at
 * least once a second while it changes, and when the author leaves them.
 */
class EntryTextForm extends Composite<VerticalLayout> {

    /** How often text is sent while it changes: at most this much (plus a round trip) is lost when the tab closes. */
    static final int AUTOSAVE_MILLIS = 1000;
    /** Box ids, as the browser's copy knows them too (scripts/entry-backup.js). */
    private static final String TITLE_ID = "entry-title";
    private static final String SECTION_ID = "section-";
    private static final String BODY = "body";

    private final TextField title = new TextField();
    private final RadioButtonGroup<ReflectiveModel> model = new RadioButtonGroup<>();
    private final Div sections = new Div();
    /** What is typed per section (and "body"), kept across a change of model. */
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, TextArea> boxes = new LinkedHashMap<>();
    private final SerializableRunnable changed;

    EntryTextForm(SerializableRunnable changed) {
        this.changed = changed;
        title.setLabel(getTranslation("journal.field.title"));
        title.setId(TITLE_ID);
        title.setWidthFull();
        title.setMaxLength(EntryRules.MAX_TITLE);
        autosave(title);

        model.setLabel(getTranslation("journal.field.model"));
        model.setId("entry-model");
        model.setItems(ReflectiveModel.values());
        model.setItemLabelGenerator(m -> getTranslation(m.key()));
        model.addValueChangeListener(e -> {
            keepTexts();
            layOut(e.getValue());
            changed.run();
        });
        sections.setId("entry-sections");
        sections.setWidthFull();

        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setWidthFull();
        root.add(title, model, sections);
    }

    /** Shows what an entry holds; a new entry ({@code null}) starts free. */
    void show(Entry entry) {
        if (entry == null) {
            model.setValue(ReflectiveModel.FREE);
        } else {
            title.setValue(entry.title() == null ? "" : entry.title());
            texts.put(BODY, entry.body() == null ? "" : entry.body());
            texts.putAll(entry.sections());
            model.setValue(entry.model());
        }
        layOut(model.getValue());
    }

    String title() {
        return title.getValue();
    }

    ReflectiveModel model() {
        return model.getValue() == null ? ReflectiveModel.FREE : model.getValue();
    }

    /** The text of a free entry; empty for one laid out by a model. */
    String body() {
        keepTexts();
        return model() == ReflectiveModel.FREE ? texts.getOrDefault(BODY, "") : "";
    }

    /** The text of each section of the model, empty where nothing is written yet. */
    Map<String, String> sections() {
        keepTexts();
        Map<String, String> bySection = new LinkedHashMap<>();
        for (String key : model().sections()) {
            bySection.put(key, texts.getOrDefault(key, ""));
        }
        return bySection;
    }

    /** The title and the boxes shown, as the browser's copy keeps them: box id → text. */
    Map<String, String> boxTexts() {
        Map<String, String> byBox = new HashMap<>();
        byBox.put(TITLE_ID, title.getValue());
        boxes.forEach((key, box) -> byBox.put(SECTION_ID + key, box.getValue()));
        return byBox;
    }

    /** Puts back text the browser kept, by box id; a section of another model is kept for when the author switches back. */
    void restore(Map<String, String> byBox) {
        byBox.forEach((boxId, text) -> {
            if (TITLE_ID.equals(boxId)) {
                title.setValue(text.length() > EntryRules.MAX_TITLE ? text.substring(0, EntryRules.MAX_TITLE) : text);
            } else if (boxId.startsWith(SECTION_ID)) {
                String key = boxId.substring(SECTION_ID.length());
                TextArea box = boxes.get(key);
                if (box != null) {
                    box.setValue(text);
                } else {
                    texts.put(key, text);
                }
            }
        });
    }

    private void layOut(ReflectiveModel chosen) {
        sections.removeAll();
        boxes.clear();
        List<String> keys = chosen == null || chosen == ReflectiveModel.FREE ? List.of(BODY) : chosen.sections();
        for (String key : keys) {
            TextArea box = new TextArea(getTranslation(BODY.equals(key) ? "journal.field.body" : "journal.section." + key));
            box.setId(SECTION_ID + key);
            box.setWidthFull();
            box.setMinRows(BODY.equals(key) ? 8 : 3);
            box.setHelperText(BODY.equals(key) ? getTranslation("journal.field.body.help")
                : getTranslation("journal.section." + key + ".prompt"));
            box.setMaxLength(EntryRules.MAX_TEXT);
            box.setValue(texts.getOrDefault(key, ""));
            autosave(box);
            boxes.put(key, box);
            sections.add(box);
        }
    }

    private void autosave(AbstractField<?, String> field) {
        if (field instanceof TextArea area) {
            area.setValueChangeMode(ValueChangeMode.TIMEOUT);
            area.setValueChangeTimeout(AUTOSAVE_MILLIS);
        } else if (field instanceof TextField text) {
            text.setValueChangeMode(ValueChangeMode.TIMEOUT);
            text.setValueChangeTimeout(AUTOSAVE_MILLIS);
        }
        // Also send the text when the author leaves the box, without waiting for the timeout.
        field.getElement().addPropertyChangeListener("value", "change", e -> { });
        field.addValueChangeListener(e -> changed.run());
    }

    private void keepTexts() {
        boxes.forEach((key, box) -> texts.put(key, box.getValue()));
    }
}
