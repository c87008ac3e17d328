package org.centrecpd.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * "Are you sure?" before something that cannot be undone (deleting a journal entry, removing a
 * document): the action named on a red button, and Cancel beside it. One place for how such a dialog
 * looks, so that every one passes axe alike.
 */
public final class ConfirmDestructive {

    private ConfirmDestructive() {
    }

    /** Opens the dialog; {@code action} runs only when the red button is pressed. Texts are already translated. */
    public static ConfirmDialog open(String id, String header, String text, String confirm, String cancel, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(cancel);
        // Dark text: Lumo's blue tertiary text on the dialog's footer falls short of 4.5:1 (axe, WCAG 1.4.3).
        dialog.setCancelButtonTheme("tertiary contrast");
        dialog.setConfirmText(confirm);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
        return dialog;
    }
}
