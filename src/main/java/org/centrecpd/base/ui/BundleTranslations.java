package org.centrecpd.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.centrecpd.base.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The screens' texts: the bundle {@link Texts} reads, formatted the same way (ICU message format, so counts choose
 * their words). It replaces Vaadin's default provider, which formats with {@code java.text.MessageFormat} and
 * knows no plural forms. A missing key shows as Vaadin shows it ({@code !en: key}) and is logged.
 */
@Component
public class BundleTranslations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(BundleTranslations.class);

    /**
     * ICU loads its locale data (plural rules, number formats) on first use, which took seconds on a loaded
     * machine: done once at start-up, so the first page anyone opens does not wait for it.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void loadIcuData() {
        long start = System.nanoTime();
        new Texts().text(Locale.UK, "home.centreCount", 1234);
        log.info("ICU message format ready in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.UK);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = locale == null ? Locale.UK : locale;
        if (key == null || !Texts.has(language, key)) {
            log.warn("No text for key {} in {}", key, Texts.BUNDLE);
            return "!" + language.getLanguage() + ": " + key;
        }
        return new Texts().text(language, key, params);
    }
}
