package org.centrecpd.workshops.ui;

import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.centrecpd.base.ui.FormDialog;

/** Asks for a reason (cancelling a session, declining a request), then does it. */
class ReasonDialog extends FormDialog {

    ReasonDialog(String title, String label, String successKey, Consumer<String> action, Runnable after) {
        super(title, title);
        setId("reason-dialog");
        TextArea reason = new TextArea(label);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        reason.setId("reason");
        add(reason);
        onPrimary(() -> action.accept(reason.getValue())).saying(successKey).then(after);
    }
}
