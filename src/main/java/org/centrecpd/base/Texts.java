package org.centrecpd.base;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The app's one set of texts (Vaadin's i18n bundle, {@code vaadin-i18n/translations}), for whatever is written
 * outside a screen: e-mails, exports, journal text made from a course. British English unless a locale is
 * given, whatever the server's own locale; MessageFormat patterns, as on the screens. Screens use Vaadin's
 * {@code getTranslation}, which reads the same bundle.
 */
public final class Texts {

    private static final ResourceBundleMessageSource BUNDLE = new ResourceBundleMessageSource();

    static {
        BUNDLE.setBasename("vaadin-i18n/translations");
        BUNDLE.setDefaultEncoding("UTF-8");
        BUNDLE.setFallbackToSystemLocale(false);
        // A pattern without arguments is read as written, so "don't" needs no doubled quote in the bundle.
        BUNDLE.setAlwaysUseMessageFormat(false);
    }

    public String text(String key, Object... args) {
        return text(Locale.UK, key, args);
    }

    public String text(Locale locale, String key, Object... args) {
        return BUNDLE.getMessage(key, args, locale);
    }

    /** The text, or the key itself when the bundle has none (for labels that may not be translated yet). */
    public String textOrKey(Locale locale, String key, Object... args) {
        return BUNDLE.getMessage(key, args, key, locale);
    }
}
