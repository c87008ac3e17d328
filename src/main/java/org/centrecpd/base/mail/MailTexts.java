package org.centrecpd.base.mail;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts of e-mails: the app's one set of texts (Vaadin's i18n bundle, {@code vaadin-i18n/translations}),
 * in British English as the e-mails are, whatever the server's own locale. MessageFormat patterns, as on
 * the screens.
 */
public final class MailTexts {

    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

    public MailTexts() {
        texts.setBasename("vaadin-i18n/translations");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
    }

    public String text(String key, Object... args) {
        return texts.getMessage(key, args, Locale.UK);
    }
}
