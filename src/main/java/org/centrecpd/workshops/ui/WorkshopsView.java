package org.centrecpd.workshops.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.centrecpd.workshops.domain.RequestStatus;
import org.centrecpd.workshops.service.BookingService;
import org.centrecpd.workshops.service.EvaluationService;
import org.centrecpd.workshops.domain.RequestRow;
import org.centrecpd.workshops.domain.SessionRow;
import org.centrecpd.workshops.service.SessionRequests;
import org.centrecpd.workshops.service.SessionService;
import org.centrecpd.workshops.service.InterestList;
import org.centrecpd.workshops.service.WorkshopPolicy;

/**
 * Workshops: my bookings, the sessions planned for my centres (cards that stack on a phone), workshops with no date
 * yet (to be told when one is scheduled), and the
 * centres' requests. A manager requests a workshop here; an organiser schedules sessions and answers
 * requests.
 */
@Route("workshops")
@Menu(title = "nav.workshops", order = 6, icon = "vaadin:group")
@PermitAll
public class WorkshopsView extends VerticalLayout implements HasDynamicTitle {

    private final transient SessionService sessions;
    private final transient SessionRequests requests;
    private final transient WorkshopPolicy policy;
    private final transient BookingService bookings;
    private final Role role;
    private final Div sessionList = new Div();
    private final Div requestList = new Div();

    public WorkshopsView(SessionService sessions, SessionRequests requests, WorkshopPolicy policy, BookingService bookings,
                         EvaluationService evaluations, InterestList interest, CurrentUser currentUser) {
        this.sessions = sessions;
        this.requests = requests;
        this.policy = policy;
        this.bookings = bookings;
        this.role = currentUser.require().role();
        setId("workshops");
        setMaxWidth("72rem");
        add(new Paragraph(getTranslation("workshops.intro")));
        add(new MyBookings(bookings, evaluations, false));
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (policy.organisesAny()) {
            Button schedule = new Button(getTranslation("workshops.session.schedule"), VaadinIcon.PLUS.create(),
                e -> SessionDialog.schedule(sessions, null, this::openSession).open());
            schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            schedule.setId("schedule-session");
            actions.add(schedule);
        }
        if (role == Role.CENTRE_MANAGER) {
            Button request = new Button(getTranslation("workshops.request.new"), VaadinIcon.ENVELOPE_O.create(),
                e -> new RequestDialog(sessions, requests, this::refreshRequests).open());
            request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            request.setId("request-workshop");
            actions.add(request);
        }
        add(actions);
        add(new H2(getTranslation("workshops.sessions")));
        sessionList.setId("sessions");
        sessionList.addClassName("session-list");
        sessionList.getElement().setAttribute("aria-label", getTranslation("workshops.sessions"));
        add(sessionList);
        refreshSessions();
        add(new InterestPanel(interest));
        if (role != Role.PRACTITIONER) {
            add(new Approvals(bookings));
            Section requestSection = new Section(new H2(getTranslation("workshops.requests")), requestList);
            requestList.setId("requests");
            add(requestSection);
            refreshRequests();
        }
    }

    private void openSession(long id) {
        getUI().ifPresent(ui -> ui.navigate(SessionView.class, SessionView.parameters(id)));
    }

    private void refreshSessions() {
        sessionList.removeAll();
        List<SessionRow> upcoming = sessions.upcoming();
        // A list role only around list items: an empty list with a sentence in it is not a list.
        if (upcoming.isEmpty()) {
            sessionList.getElement().removeAttribute("role");
            sessionList.add(new Paragraph(getTranslation("workshops.sessions.none")));
        } else {
            sessionList.getElement().setAttribute("role", "list");
        }
        upcoming.forEach(s -> sessionList.add(new SessionCard(s)));
    }

    private void refreshRequests() {
        requestList.removeAll();
        List<RequestRow> rows = requests.requests();
        if (rows.isEmpty()) {
            requestList.add(new Paragraph(getTranslation("workshops.requests.none")));
        }
        for (RequestRow r : rows) {
            requestList.add(request(r));
        }
    }

    private Component request(RequestRow r) {
        Div card = new Div();
        card.addClassName("request-card");
        card.setId("request-" + r.id());
        card.add(new H3(r.courseTitle() + " — " + r.centreName()),
            new Paragraph(getTranslation("workshops.request.by", r.requestedBy(), Dates.day(r.requestedOn(), getLocale()))),
            new Paragraph(getTranslation("workshops.request.dates") + ": " + r.preferredDates()),
            new Paragraph(getTranslation("workshops.request.people") + ": " + r.expectedPeople()),
            new Paragraph(getTranslation("workshops.request.changes") + ": " + r.whatChanges()));
        if (r.status() == RequestStatus.OPEN) {
            card.add(new Paragraph(getTranslation("workshops.request.interested", r.interested())));
        }
        Span state = new Span(getTranslation("workshops.request.state") + ": " + getTranslation(r.status().key()));
        state.addClassName("request-state");
        card.add(state);
        if (r.status() == RequestStatus.DECLINED) {
            card.add(new Paragraph(getTranslation("workshops.request.declinedBecause", Dates.day(r.decidedOn(), getLocale()),
                r.declineReason())));
        }
        if (r.status() == RequestStatus.SCHEDULED && r.sessionId() != null) {
            card.add(new Paragraph(new RouterLink(getTranslation("workshops.request.scheduledAs"), SessionView.class,
                SessionView.parameters(r.sessionId()))));
        }
        if (r.status() == RequestStatus.OPEN && policy.canOrganise(r.centreId())) {
            Button schedule = new Button(getTranslation("workshops.request.schedule"),
                e -> SessionDialog.schedule(sessions, r, this::openSession).open());
            schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            schedule.setId("schedule-request-" + r.id());
            Button decline = new Button(getTranslation("workshops.request.decline"),
                e -> new ReasonDialog(getTranslation("workshops.request.decline"), getTranslation("workshops.request.declineReason"),
                    "workshops.request.declinedDone", reason -> requests.decline(r.id(), reason), this::refreshRequests).open());
            decline.setId("decline-request-" + r.id());
            card.add(new FlexLayout(schedule, decline));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshops.title");
    }
}
