package org.centrecpd.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

/**
 * The warning a signed-in page shows {@value #WARN_BEFORE_SECONDS} seconds before its idle session ends
 * ({@code server.servlet.session.timeout}, with {@code vaadin.closeIdleSessions}): the person can carry on
 * with one click, and is told that text they typed is kept (the journal saves as it is typed). The page keeps
 * the time itself (scripts/idle-warning.js): asking the server would itself count as activity.
 */
@JavaScript("context://scripts/idle-warning.js")
public class IdleWarning extends Div {

    static final int WARN_BEFORE_SECONDS = 5 * 60;

    public IdleWarning() {
        setId("idle-warning");
        addClassName("idle-warning");
        getElement().setAttribute("role", "alert");
        // Hidden by the browser until it is time; the server keeps it "visible" so that its content is sent.
        getElement().setAttribute("hidden", true);
        Button stay = new Button(getTranslation("shell.idle.stay"), e -> {
            // The click is a request: that alone keeps the session, and the page hides the warning.
        });
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("shell.idle.warning", WARN_BEFORE_SECONDS / 60)), stay);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        int timeout = session == null ? 30 * 60 : session.getMaxInactiveInterval();
        if (timeout > 0) {
            getElement().executeJs("window.centreCpd.idleWarning.watch(this, $0)", Math.max(30, timeout - WARN_BEFORE_SECONDS));
        }
    }
}
