package org.centrecpd.journal.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.centrecpd.base.Texts;

/**
 * The words of a journal export in its language, shared by the PDF and the Markdown: an entry's heading and
 * its line of facts, days and hours. From the app's texts ({@link Texts}), so an export can be made outside a
 * UI request.
 */
final class ExportWording {

    private static final Texts TEXTS = new Texts();
    private final Locale locale;

    ExportWording(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        return TEXTS.textOrKey(locale, key, args);
    }

    String heading(Entry e) {
        if (e.title() != null && !e.title().isBlank()) {
            return e.title();
        }
        if (e.courseAnswer()) {
            String p = nullToEmpty(e.prompt()).replaceAll("\\s+", " ").strip();
            return p.length() <= 120 ? p : p.substring(0, 117) + "…";
        }
        return get("journal.untitled");
    }

    String meta(Entry e) {
        StringBuilder s = new StringBuilder(get("journal.meta.written", day(e.createdAt().toLocalDate())));
        s.append(" · ").append(e.courseAnswer()
            ? get("journal.kind.course", e.link() == null ? "" : e.link().courseTitle())
            : get(e.model().key()));
        if (e.minutesSpent() != null) {
            s.append(" · ").append(get(e.countsAsCpd() ? "journal.cpdMinutes" : "journal.minutes", e.minutesSpent()));
        }
        return s.toString();
    }

    String hours(int minutes) {
        return String.format(Locale.UK, "%d h %02d min", minutes / 60, minutes % 60);
    }

    String day(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
