package org.centrecpd.journal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalTime;

/**
 * Offers back text that the browser kept while the connection was down and that never reached the
 * server ({@link BrowserBackup}): when it was typed, and a choice to put it back or discard it.
 * Hidden until there is something to offer.
 */
class BackupOffer extends Div {

    BackupOffer() {
        setId("backup-offer");
        setVisible(false);
        getElement().setAttribute("role", "status");
    }

    void offer(LocalTime typedAt, SerializableRunnable restore, SerializableRunnable discard) {
        removeAll();
        Button restoreButton = new Button(getTranslation("journal.backup.restore"), e -> {
            setVisible(false);
            restore.run();
        });
        restoreButton.setId("restore-backup");
        restoreButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discardButton = new Button(getTranslation("journal.backup.discard"), e -> {
            discard.run();
            setVisible(false);
        });
        discardButton.setId("discard-backup");
        add(new Paragraph(getTranslation("journal.backup.found", typedAt.format(SaveStatus.TIME))),
            new HorizontalLayout(restoreButton, discardButton));
        addClassName("backup-offer");
        setVisible(true);
    }
}
