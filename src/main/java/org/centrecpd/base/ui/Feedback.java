package org.centrecpd.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.StaleEditException;

/**
 * Tells the user what happened after an action, in words from the translation bundle. Rule
 * violations and stale edits become clear messages; the form keeps what the user typed.
 */
public final class Feedback {

    private Feedback() {
    }

    public static void saved(Component source, String messageKey, Object... args) {
        Notification n = Notification.show(source.getTranslation(messageKey, args), 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void problem(Component source, String text) {
        Notification n = new Notification(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.open();
    }

    /** Explains a refused save; returns false for exceptions that are not the user's to fix. */
    public static boolean explain(Component source, RuntimeException e) {
        if (e instanceof StaleEditException) {
            problem(source, source.getTranslation("error.staleEdit"));
            return true;
        }
        if (e instanceof RuleViolation rule) {
            Locale locale = source.getUI().map(UI::getLocale).orElse(Locale.UK);
            Object[] args = Arrays.stream(rule.arguments())
                .map(a -> a instanceof LocalDate date ? Dates.day(date, locale) : a)
                .toArray();
            problem(source, source.getTranslation(rule.messageKey(), args));
            return true;
        }
        return false;
    }
}
