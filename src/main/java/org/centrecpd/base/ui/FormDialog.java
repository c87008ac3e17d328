package org.centrecpd.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * A dialog for one action on one record: a form, Cancel and a primary button. It owns what every
 * form needs once: the button cannot submit twice ({@link SaveButton}); invalid fields keep their
 * own messages; a stale edit or a broken rule is explained in words and the dialog stays open with
 * everything typed; on success it says what happened, tells the caller and closes. Anything else
 * is a fault, not the user's to fix, and goes to the error handler.
 */
public class FormDialog extends Dialog {

    /** The dialog's action; may refuse with {@link ValidationException} (the fields show why). */
    @FunctionalInterface
    public interface Action {
        void run() throws ValidationException;
    }

    private final Button primary;
    private Action action = () -> { };
    private Runnable afterSuccess = () -> { };
    private String successKey;
    private Object[] successArgs = new Object[0];

    public FormDialog(String title, String primaryText) {
        setHeaderTitle(title);
        setWidth("min(48rem, 100vw)");
        primary = new SaveButton(primaryText, this::attempt);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, primary);
    }

    /** What the primary button does. */
    public FormDialog onPrimary(Action action) {
        this.action = action;
        return this;
    }

    /** What to tell the user when the action succeeds (a translation key and its arguments). */
    public FormDialog saying(String messageKey, Object... args) {
        this.successKey = messageKey;
        this.successArgs = args;
        return this;
    }

    /** Runs after a successful action, before the dialog closes (e.g. refresh the list behind it). */
    public FormDialog then(Runnable afterSuccess) {
        this.afterSuccess = afterSuccess;
        return this;
    }

    public FormDialog with(Component... content) {
        add(content);
        return this;
    }

    public Button primaryButton() {
        return primary;
    }

    private void attempt() {
        try {
            action.run();
        } catch (ValidationException invalid) {
            return; // the bound fields show their messages
        } catch (RuntimeException e) {
            if (!Feedback.explain(this, e)) {
                throw e;
            }
            return;
        }
        if (successKey != null) {
            Feedback.saved(this, successKey, successArgs);
        }
        afterSuccess.run();
        close();
    }
}
