package org.centrecpd.workshops.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.centrecpd.workshops.service.BookingService;
import org.centrecpd.workshops.service.SessionCalendar;

/** "Add to my calendar (.ics)": the file is made when the link is followed, by the scoped service. */
final class InviteLink {

    private InviteLink() {
    }

    static Anchor of(BookingService bookings, long sessionId, String fileName) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] ics = bookings.invite(sessionId);
            return new DownloadResponse(new ByteArrayInputStream(ics), fileName, SessionCalendar.CONTENT_TYPE, ics.length);
        }), "");
        anchor.add(VaadinIcon.CALENDAR.create(), new Span(" " + anchor.getTranslation("workshops.invite")));
        anchor.getElement().setAttribute("download", fileName);
        anchor.addClassName("invite-link");
        return anchor;
    }
}
