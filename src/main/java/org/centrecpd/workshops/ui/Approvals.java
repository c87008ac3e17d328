package org.centrecpd.workshops.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.workshops.domain.PendingApproval;
import org.centrecpd.workshops.service.BookingService;

/** A manager's list of their staff's bookings waiting for approval, each approved or declined (with a reason) here. */
class Approvals extends Section {

    private final transient BookingService bookings;
    private final UnorderedList list = new UnorderedList();

    Approvals(BookingService bookings) {
        this.bookings = bookings;
        setId("approvals");
        list.setId("approval-list");
        add(new H3(getTranslation("workshops.approval.title")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<PendingApproval> pending = bookings.pendingApprovals();
        if (pending.isEmpty()) {
            list.add(new ListItem(new Paragraph(getTranslation("workshops.approval.none"))));
        }
        for (PendingApproval p : pending) {
            String what = p.fullName() + ": " + p.courseTitle() + ", " + Dates.day(p.startsAt().toLocalDate(), UI.getCurrent().getLocale());
            Button approve = new Button(getTranslation("workshops.approval.approve"), e -> {
                try {
                    bookings.decide(p.bookingId(), true, null);
                    Feedback.saved(this, "workshops.approval.approved");
                } catch (RuntimeException ex) {
                    if (!Feedback.explain(this, ex)) {
                        throw ex;
                    }
                }
                refresh();
            });
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            approve.setAriaLabel(getTranslation("workshops.approval.approve") + ": " + what);
            Button decline = new Button(getTranslation("workshops.approval.decline"), e -> new ReasonDialog(
                getTranslation("workshops.approval.decline"), getTranslation("workshops.approval.declineReason"), "workshops.approval.declined",
                reason -> bookings.decide(p.bookingId(), false, reason), this::refresh).open());
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
            decline.setAriaLabel(getTranslation("workshops.approval.decline") + ": " + what);
            list.add(new ListItem(new RouterLink(what, SessionView.class, SessionView.parameters(p.sessionId())), new Span(" "), approve,
                new Span(" "), decline));
        }
    }
}
