package org.centrecpd.journal.ui;

import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** What became of the editor's last save, read out to screen readers as it changes. */
class SaveStatus extends Span {

    /** Saves happen every second or so: the time is shown to the second. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    SaveStatus() {
        setId("save-status");
        addClassName("save-status");
        getElement().setAttribute("aria-live", "polite");
    }

    void draft() {
        setText(getTranslation("journal.status.draft"));
    }

    void saved(LocalDateTime at) {
        setText(getTranslation("journal.saved", at.format(TIME)));
        removeClassName("error");
    }

    /** Refused by a rule, which a message explains: not saved until the author fixes it. */
    void refused() {
        problem("journal.saving.refused");
    }

    /** Deleted in another tab: nothing more is saved; the text stays here to copy. */
    void gone() {
        problem("journal.saving.gone");
    }

    /** Saved from another tab since this one opened: nothing more is saved from here, nothing was overwritten. */
    void stale() {
        problem("journal.stale");
        getElement().setAttribute("role", "alert");
    }

    private void problem(String messageKey) {
        setText(getTranslation(messageKey));
        addClassName("error");
    }
}
