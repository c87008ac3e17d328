package org.centrecpd.workshops.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.workshops.domain.SessionRow;

/** A session in a list: what, when, where, for which centre, places left; its title opens it. */
final class SessionCard extends Div {

    SessionCard(SessionRow s) {
        addClassName("session-card");
        getElement().setAttribute("role", "listitem");
        H3 title = new H3(new RouterLink(s.courseTitle(), SessionView.class, SessionView.parameters(s.id())));
        add(title,
            new Paragraph(When.of(getLocale(), s.startsAt(), s.endsAt())),
            new Paragraph(getTranslation("workshops.session.venue") + ": " + (s.venue() == null ? "—" : s.venue())),
            new Paragraph(getTranslation("workshops.session.centre") + ": " + s.centreName()));
        add(places(this, getLocale(), s));
        setId("session-" + s.id());
    }

    /** Places in words (never colour alone): "3 of 12 places left", "Full: 2 waiting", or cancelled with the reason. */
    static Span places(com.vaadin.flow.component.Component in, java.util.Locale locale, SessionRow s) {
        Span places;
        if (s.cancelled()) {
            places = new Span(in.getTranslation("workshops.session.cancelledOn", Dates.day(s.cancelledOn(), locale),
                s.cancelReason()));
            places.getElement().getThemeList().add("badge error");
        } else if (s.placesLeft() == 0) {
            places = new Span(in.getTranslation("workshops.session.full", s.waiting()));
            places.getElement().getThemeList().add("badge contrast");
        } else {
            places = new Span(in.getTranslation("workshops.session.placesLeft", s.placesLeft(), s.capacity()));
            places.getElement().getThemeList().add("badge success");
        }
        places.addClassName("session-places");
        return places;
    }
}
