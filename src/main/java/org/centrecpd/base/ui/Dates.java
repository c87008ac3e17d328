package org.centrecpd.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * Dates as people in England read them ("5 Sept 2022", "5 September 2022"), never ISO, and as they type them:
 * every date field of the app comes from {@link #picker()}, which understands {@code 7/12}, {@code 07/12/2026},
 * {@code 7/12/26}, {@code 7 Dec}, {@code 7 December 2026} (day first, always) and shows "7 Dec 2026".
 */
public final class Dates {

    /**
     * Display format first, then what people type (date-fns patterns, read by the field in the browser; month
     * names in any case). A format without a year means this year; two-digit years are read near today.
     */
    static final List<String> TYPED_FORMATS = List.of("d MMM yyyy", "d MMMM yyyy", "d/M/yyyy", "d.M.yyyy", "d-M-yyyy",
        "d/M", "d MMM", "d MMMM", "yyyy-MM-dd");

    private Dates() {
    }

    public static String day(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    public static String longDay(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** A date field that reads dates typed the English way, weeks starting on Monday. */
    public static DatePicker picker() {
        DatePicker picker = new DatePicker();
        picker.setI18n(englishInput());
        return picker;
    }

    public static DatePicker picker(String label) {
        DatePicker picker = picker();
        picker.setLabel(label);
        return picker;
    }

    public static DatePicker picker(String label, LocalDate value) {
        DatePicker picker = picker(label);
        picker.setValue(value);
        return picker;
    }

    private static DatePickerI18n englishInput() {
        DatePickerI18n i18n = new DatePickerI18n();
        i18n.setDateFormats(TYPED_FORMATS.getFirst(), TYPED_FORMATS.subList(1, TYPED_FORMATS.size()).toArray(String[]::new));
        i18n.setFirstDayOfWeek(1);
        return i18n;
    }
}
