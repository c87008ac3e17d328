package org.centrecpd.journal.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.journal.service.EntryFilter;
import org.centrecpd.journal.service.JournalQueries;
import org.centrecpd.journal.service.UnitLink;

/**
 * What I am looking for in my journal: words, a course, a core-purpose area, a tag and a span of dates, offered from
 * what my own entries hold. Each change runs {@code changed}; the database does the filtering ({@link EntryFilter}).
 */
class EntryFilters extends HorizontalLayout {

    private final TextField text = new TextField();
    private final ComboBox<String> course = new ComboBox<>();
    private final ComboBox<String> area = new ComboBox<>();
    private final ComboBox<String> tag = new ComboBox<>();
    private final DatePicker from = Dates.picker();
    private final DatePicker to = Dates.picker();

    EntryFilters(JournalQueries journal, Locale locale, Runnable changed) {
        text.setLabel(getTranslation("journal.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setId("journal-search");
        Map<String, String> courses = new LinkedHashMap<>();
        for (UnitLink u : journal.myUnits()) {
            courses.putIfAbsent(u.courseSlug(), u.courseTitle());
        }
        course.setLabel(getTranslation("journal.filter.course"));
        course.setItems(courses.keySet());
        course.setItemLabelGenerator(courses::get);
        area.setLabel(getTranslation("journal.filter.area"));
        area.setItems(journal.areaIds());
        area.setItemLabelGenerator(id -> getTranslation("corePurpose." + id));
        area.setWidth("22em");
        tag.setLabel(getTranslation("journal.filter.tag"));
        tag.setItems(journal.myTags());
        from.setLabel(getTranslation("journal.filter.from"));
        to.setLabel(getTranslation("journal.filter.to"));
        for (DatePicker d : List.of(from, to)) {
            d.setLocale(locale);
            d.setClearButtonVisible(true);
            d.addValueChangeListener(e -> changed.run());
        }
        for (ComboBox<String> box : List.of(course, area, tag)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> changed.run());
        }
        text.addValueChangeListener(e -> changed.run());
        add(text, course, area, tag, from, to);
        setWrap(true);
        addClassName("view-toolbar");
    }

    EntryFilter filter() {
        return new EntryFilter(text.getValue(), course.getValue(), area.getValue(), tag.getValue(), from.getValue(), to.getValue());
    }
}
