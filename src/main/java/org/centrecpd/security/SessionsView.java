package org.centrecpd.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.centrecpd.base.ui.Feedback;

/**
 * Where a person sees where else they are signed in and ends those sessions (a shared computer left signed
 * in). Several sessions at once are allowed; a password change ends all the others anyway.
 */
@Route("sessions")
@Menu(title = "nav.sessions", order = 98, icon = "vaadin:laptop")
@PermitAll
public class SessionsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private final SignedInSessions sessions;
    private final Clock clock;
    private final UnorderedList list = new UnorderedList();

    public SessionsView(SignedInSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
        list.setId("signed-in-sessions");
        add(new Paragraph(getTranslation("sessions.intro")), list);
        show();
    }

    private String thisSession() {
        return VaadinSession.getCurrent().getSession().getId();
    }

    private void show() {
        list.removeAll();
        for (SignedInSessions.Session s : sessions.mine(thisSession())) {
            Span which = new Span(getTranslation(s.current() ? "sessions.current" : "sessions.other"));
            which.addClassName("session-which");
            Div when = new Div(getTranslation("sessions.lastActive", WHEN.format(s.lastActive().atZone(clock.getZone()))));
            ListItem item = new ListItem(which, when);
            if (!s.current()) {
                Button end = new Button(getTranslation("sessions.end"), e -> {
                    sessions.end(s.id(), thisSession());
                    Feedback.saved(this, "sessions.ended");
                    show();
                });
                end.addThemeVariants(ButtonVariant.LUMO_ERROR);
                item.add(end);
            }
            list.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.sessions");
    }
}
