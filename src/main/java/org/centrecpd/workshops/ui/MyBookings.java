package org.centrecpd.workshops.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Set;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.workshops.domain.Attendance;
import org.centrecpd.workshops.domain.BookingStatus;
import org.centrecpd.workshops.service.BookingService;
import org.centrecpd.workshops.service.EvaluationService;
import org.centrecpd.workshops.domain.MyBooking;

/**
 * My workshop bookings and places in queues, each with its state in words, the invite and a way out; once
 * I am marked as attended, a way to the evaluation form while it waits for my answers.
 */
class MyBookings extends Section {

    private final transient BookingService bookings;
    private final transient EvaluationService evaluations;
    private final boolean compact;

    MyBookings(BookingService bookings, EvaluationService evaluations, boolean compact) {
        this.bookings = bookings;
        this.evaluations = evaluations;
        this.compact = compact;
        setId("my-bookings");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H2(getTranslation("workshops.mine")));
        List<MyBooking> mine = bookings.myBookings();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("workshops.mine.none")));
            if (compact) {
                add(new Paragraph(new RouterLink(getTranslation("workshops.sessions"), WorkshopsView.class)));
            }
            return;
        }
        // Asked only of someone marked as attended somewhere in the list: most lists hold none.
        Set<Long> evaluation = mine.stream().anyMatch(b -> b.attendance() == Attendance.ATTENDED)
            ? evaluations.awaitingMe() : Set.of();
        UnorderedList list = new UnorderedList();
        for (MyBooking b : mine) {
            ListItem item = new ListItem();
            item.setId("my-booking-" + b.sessionId());
            item.add(new RouterLink(b.courseTitle(), SessionView.class, SessionView.parameters(b.sessionId())),
                new Span(" — " + When.of(getLocale(), b.startsAt(), b.endsAt()) + " — "), new Span(state(b)));
            if (evaluation.contains(b.sessionId())) {
                RouterLink answer = new RouterLink(getTranslation("workshops.evaluation.open"), SessionView.class,
                    SessionView.parameters(b.sessionId()));
                answer.setId("evaluate-" + b.sessionId());
                item.add(new Span(" "), answer);
            }
            if (b.sessionCancelledOn() == null) {
                if (b.status() == BookingStatus.BOOKED) {
                    item.add(new Span(" "), InviteLink.of(bookings, b.sessionId(), b.courseSlug() + "-" + b.startsAt().toLocalDate() + ".ics"));
                }
                if (!compact && b.attendance() == null) {
                    Button withdraw = new Button(getTranslation("workshops.booking.withdraw"), e -> {
                        try {
                            bookings.cancel(b.bookingId());
                            Feedback.saved(this, "workshops.booking.withdrawn");
                        } catch (RuntimeException ex) {
                            if (!Feedback.explain(this, ex)) {
                                throw ex;
                            }
                        }
                        refresh();
                    });
                    withdraw.setId("withdraw-" + b.sessionId());
                    item.add(new Span(" "), withdraw);
                }
            }
            list.add(item);
        }
        add(list);
    }

    private String state(MyBooking b) {
        if (b.sessionCancelledOn() != null) {
            return getTranslation("workshops.mine.sessionCancelled");
        }
        if (b.attendance() != null) {
            return getTranslation(b.attendance().key());
        }
        return b.status() == BookingStatus.WAITLISTED ? getTranslation("workshops.booking.position", b.queuePosition())
            : getTranslation(b.status().key());
    }
}
