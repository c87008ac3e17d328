package org.centrecpd.courses.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.ui.Feedback;

/**
 * Under a reflective answer or a self-assessment in the unit player: when it was last saved, or why it was not, read
 * out by screen readers as it changes (a polite live region). The one place that turns a save's outcome into words.
 */
class SaveStatus extends Span {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    SaveStatus(String id) {
        setId(id);
        addClassName("save-status");
        getElement().setAttribute("aria-live", "polite");
    }

    /**
     * Saves, and says how it went: the time it was saved; that the unit changed (the course was re-imported while it
     * was open and the question is gone); or that it failed, with the reason shown where the app can explain it.
     */
    boolean attempt(Component where, Supplier<LocalDateTime> save) {
        try {
            LocalDateTime at = save.get();
            setText(getTranslation("unit.saved", at.format(TIME)));
            removeClassName("error");
            return true;
        } catch (NotFoundException e) {
            setText(getTranslation("unit.outdated"));
            addClassName("error");
        } catch (RuntimeException e) {
            setText(getTranslation("unit.saving.failed"));
            addClassName("error");
            if (!Feedback.explain(where, e)) {
                throw e;
            }
        }
        return false;
    }
}
