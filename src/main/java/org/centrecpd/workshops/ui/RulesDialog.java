package org.centrecpd.workshops.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import org.centrecpd.base.ui.FormDialog;
import org.centrecpd.workshops.service.BookingRules;
import org.centrecpd.workshops.service.SessionRules;

/** A session's booking rules: the booking and cancellation cut-offs, and manager approval. */
class RulesDialog extends FormDialog {

    RulesDialog(SessionRules sessionRules, long sessionId, Runnable after) {
        super("", "");
        setHeaderTitle(getTranslation("workshops.rules.title"));
        primaryButton().setText(getTranslation("action.save"));
        setId("rules-dialog");
        BookingRules rules = sessionRules.of(sessionId);
        IntegerField booking = hours("workshops.rules.bookingCloses", rules.bookingClosesHours(), "booking-closes");
        IntegerField cancelling = hours("workshops.rules.cancelCloses", rules.cancelClosesHours(), "cancel-closes");
        Checkbox approval = new Checkbox(getTranslation("workshops.rules.approval"), rules.approvalRequired());
        approval.setId("approval-required");
        IntegerField offer = hours("workshops.rules.offer", rules.offerHours(), "offer-hours");
        offer.setMin(1);
        offer.setMax(BookingRules.MAX_OFFER_HOURS);
        offer.setHelperText(getTranslation("workshops.rules.offerHelp"));
        add(booking, cancelling, approval, offer);
        onPrimary(() -> sessionRules.set(sessionId, new BookingRules(booking.getValue(), cancelling.getValue(), approval.getValue(),
            offer.getValue())))
            .saying("workshops.rules.saved").then(after);
    }

    private IntegerField hours(String key, Integer value, String id) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setMin(0);
        field.setMax(BookingRules.MAX_HOURS);
        field.setValue(value);
        field.setHelperText(getTranslation("workshops.rules.help"));
        field.setId(id);
        return field;
    }
}
