package org.centrecpd.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * The primary action of a form. The browser disables it on the first click, so a double click
 * cannot submit twice; it is enabled again once the action has run (whether it saved or explained
 * why not), so the user can correct and retry.
 */
public class SaveButton extends Button {

    public SaveButton(String text, Runnable action) {
        super(text);
        addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setDisableOnClick(true);
        addClickListener(e -> {
            try {
                action.run();
            } finally {
                setEnabled(true);
            }
        });
    }
}
