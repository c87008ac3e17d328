package org.centrecpd.base.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as people in England read them ("5 Sept 2022", "5 September 2022"), never ISO. */
public final class Dates {

    private Dates() {
    }

    public static String day(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    public static String longDay(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }
}
