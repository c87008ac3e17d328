package org.centrecpd.workshops.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.workshops.domain.Attendance;
import org.centrecpd.workshops.domain.BookingStatus;
import org.centrecpd.workshops.service.SessionRegister;
import org.centrecpd.workshops.domain.RegisterRow;
import org.centrecpd.workshops.domain.SessionRow;
import org.centrecpd.workshops.service.SessionService;

/**
 * The facilitator's register, made for a phone in the training room: one row per person, name above
 * two large choices (Attended / Absent), saved as soon as one is tapped. Attended completes the course
 * and is then final, so its choice is locked and says so.
 */
@Route("workshops/:id([0-9]+)/register")
@PermitAll
public class RegisterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SessionService sessions;
    private final transient SessionRegister register;
    private long id;
    private String title = "";

    public RegisterView(SessionService sessions, SessionRegister register) {
        this.sessions = sessions;
        this.register = register;
        setId("register");
        setPadding(true);
        addClassName("register-view");
    }

    public static RouteParameters parameters(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Only digits reach here (the route says so): anything else is "Page not found" before this.
        id = event.getRouteParameters().getLong("id").orElseThrow(() -> new NotFoundException("Session"));
        render();
    }

    private void render() {
        removeAll();
        List<RegisterRow> rows = register.rows(id);
        SessionRow s = sessions.details(id).session();
        title = getTranslation("workshops.register") + ": " + s.courseTitle();
        add(new H2(getTranslation("workshops.register")),
            new Paragraph(s.courseTitle() + " — " + When.of(getLocale(), s.startsAt(), s.endsAt())));
        List<RegisterRow> booked = rows.stream().filter(r -> r.status() == BookingStatus.BOOKED).toList();
        if (booked.isEmpty()) {
            add(new Paragraph(getTranslation("workshops.register.none")));
        }
        Div list = new Div();
        list.addClassName("register-list");
        list.getElement().setAttribute("role", "list");
        for (RegisterRow r : booked) {
            list.add(row(r));
        }
        add(list);
        List<RegisterRow> waiting = rows.stream().filter(r -> r.status() == BookingStatus.WAITLISTED).toList();
        if (!waiting.isEmpty()) {
            UnorderedList queue = new UnorderedList();
            waiting.forEach(r -> queue.add(new ListItem(r.fullName())));
            add(new H3(getTranslation("workshops.register.waiting")), queue);
        }
        add(new RouterLink(s.courseTitle(), SessionView.class, SessionView.parameters(id)));
    }

    private Div row(RegisterRow r) {
        Div row = new Div();
        row.addClassName("register-row");
        row.getElement().setAttribute("role", "listitem");
        row.setId("register-" + r.personId());
        RadioButtonGroup<Attendance> mark = new RadioButtonGroup<>(r.fullName());
        mark.setItems(Attendance.values());
        mark.setItemLabelGenerator(a -> getTranslation(a.key()));
        mark.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        mark.setValue(r.attendance());
        mark.setHelperText(r.attendance() == null ? getTranslation("workshops.register.unmarked") : null);
        mark.getElement().setAttribute("aria-label", getTranslation("workshops.register.mark", r.fullName()));
        if (r.attendance() == Attendance.ATTENDED) {
            mark.setReadOnly(true);
        }
        mark.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            try {
                register.mark(r.bookingId(), e.getValue());
                Feedback.saved(this, "workshops.register.saved", r.fullName(), getTranslation(e.getValue().key()));
                mark.setHelperText(null);
                if (e.getValue() == Attendance.ATTENDED) {
                    mark.setReadOnly(true);
                }
            } catch (RuntimeException ex) {
                mark.setValue(e.getOldValue());
                if (!Feedback.explain(this, ex)) {
                    throw ex;
                }
            }
        });
        row.add(mark);
        return row;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
