package org.centrecpd.base;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The app's one set of texts (Vaadin's i18n bundle, {@code vaadin-i18n/translations}), for whatever is written
 * outside a screen: e-mails, exports, journal text made from a course. British English unless a locale is
 * given, whatever the server's own locale. Screens read the same bundle through {@code base.ui.BundleTranslations}.
 * <p>
 * Patterns are ICU message format, so that a count chooses its words ({@code {0, plural, one {# area} other
 * {# areas}}}), never "area(s)". A pattern without arguments is read as written, so "don't" needs no doubled quote.
 */
public final class Texts {

    public static final String BUNDLE = "vaadin-i18n/translations";

    public String text(String key, Object... args) {
        return text(Locale.UK, key, args);
    }

    /** The text for {@code key}; a missing key is a mistake in the code, so it fails loudly. */
    public String text(Locale locale, String key, Object... args) {
        return format(locale, bundle(locale).getString(key), args);
    }

    /** The text, or the key itself when the bundle has none (for labels that may not be translated yet). */
    public String textOrKey(Locale locale, String key, Object... args) {
        ResourceBundle bundle = bundle(locale);
        return bundle.containsKey(key) ? format(locale, bundle.getString(key), args) : key;
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.UK : locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * A bundle pattern with its arguments, in ICU message format. Dates and times arrive already written out
     * (base.ui.Dates); any other {@link TemporalAccessor} is written as {@code toString()}, as before.
     */
    public static String format(Locale locale, String pattern, Object... args) {
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i] instanceof TemporalAccessor t ? t.toString() : args[i];
        }
        return new MessageFormat(pattern, ULocale.forLocale(locale == null ? Locale.UK : locale)).format(values);
    }

    /** Whether the bundle has {@code key}. */
    public static boolean has(Locale locale, String key) {
        try {
            return bundle(locale).containsKey(key);
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
