package org.centrecpd.workshops.ui;

import java.util.Locale;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.centrecpd.base.ui.Dates;

/** A session's time as people say it: "Sunday, 28 March 2027, 09:30–13:00 (UK time)". */
final class When {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private When() {
    }

    static String of(Locale locale, LocalDateTime starts, LocalDateTime ends) {
        String day = starts.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, locale) + " "
            + Dates.longDay(starts.toLocalDate(), locale);
        return day + ", " + TIME.format(starts) + "–" + TIME.format(ends);
    }
}
