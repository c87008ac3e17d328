package org.centrecpd.journal.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.centrecpd.journal.service.Entry;
import org.centrecpd.journal.service.EntryRules;
import org.centrecpd.journal.service.JournalQueries;
import org.centrecpd.journal.service.UnitLink;

/**
 * How an entry is filed: tags (those I have used before, or new ones), core-purpose areas, the
 * course unit it relates to, and the minutes it took, counted as CPD or not. Each change is saved
 * at once.
 */
class EntryDetailsForm extends Composite<VerticalLayout> {

    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> areas = new MultiSelectComboBox<>();
    private final ComboBox<UnitLink> unit = new ComboBox<>();
    private final IntegerField minutes = new IntegerField();
    private final Checkbox cpd = new Checkbox();
    private final Set<String> knownTags = new TreeSet<>();

    EntryDetailsForm(JournalQueries journal, SerializableRunnable changed) {
        knownTags.addAll(journal.myTags());
        tags.setLabel(getTranslation("journal.field.tags"));
        tags.setHelperText(getTranslation("journal.field.tags.help"));
        tags.setId("entry-tags");
        tags.setAllowCustomValue(true);
        tags.setItems(knownTags);
        tags.addCustomValueSetListener(e -> {
            String tag = e.getDetail().strip().toLowerCase(Locale.ROOT);
            if (!tag.isEmpty()) {
                knownTags.add(tag);
                Set<String> chosen = new LinkedHashSet<>(tags.getValue());
                chosen.add(tag);
                tags.setItems(knownTags);
                tags.setValue(chosen);
            }
        });
        tags.addValueChangeListener(e -> changed.run());
        tags.setWidthFull();

        areas.setLabel(getTranslation("journal.field.areas"));
        areas.setId("entry-areas");
        areas.setItems(journal.areaIds());
        areas.setItemLabelGenerator(a -> getTranslation("corePurpose." + a));
        areas.addValueChangeListener(e -> changed.run());
        areas.setWidthFull();

        unit.setLabel(getTranslation("journal.field.unit"));
        unit.setHelperText(getTranslation("journal.field.unit.help"));
        unit.setId("entry-unit");
        // Every unit of every published course, searched by course or unit title as the author types, paged in the database.
        unit.setItems(query -> journal.linkableUnits(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        unit.setItemLabelGenerator(u -> u.courseTitle() + ": " + u.unitTitle());
        unit.setClearButtonVisible(true);
        unit.addValueChangeListener(e -> changed.run());
        unit.setWidthFull();

        minutes.setLabel(getTranslation("journal.field.minutes"));
        minutes.setId("entry-minutes");
        minutes.setMin(0);
        minutes.setMax(EntryRules.MAX_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.setValueChangeMode(ValueChangeMode.LAZY);
        minutes.addValueChangeListener(e -> changed.run());
        cpd.setLabel(getTranslation("journal.field.cpd"));
        cpd.setId("entry-cpd");
        cpd.addValueChangeListener(e -> changed.run());
        HorizontalLayout time = new HorizontalLayout(minutes, cpd);
        time.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        time.setWrap(true);

        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setWidthFull();
        root.add(tags, areas, unit, time);
    }

    /** Shows how an entry is filed; a new entry ({@code null}) has nothing yet. */
    void show(Entry entry) {
        if (entry == null) {
            return;
        }
        knownTags.addAll(entry.tags());
        tags.setItems(knownTags);
        tags.setValue(entry.tags());
        areas.setValue(entry.areas());
        unit.setValue(entry.link());
        minutes.setValue(entry.minutesSpent());
        cpd.setValue(entry.countsAsCpd());
    }

    Set<String> tags() {
        return Set.copyOf(tags.getValue());
    }

    Set<String> areas() {
        return Set.copyOf(areas.getValue());
    }

    UnitLink unit() {
        return unit.getValue();
    }

    Integer minutes() {
        return minutes.getValue();
    }

    boolean countsAsCpd() {
        return cpd.getValue();
    }
}
