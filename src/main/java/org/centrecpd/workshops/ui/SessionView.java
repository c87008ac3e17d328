package org.centrecpd.workshops.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import org.centrecpd.courses.PreWorkUnit;
import org.centrecpd.workshops.service.PreWorkMissing;
import java.util.stream.Collectors;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.workshops.domain.Attendance;
import org.centrecpd.workshops.domain.BookingStatus;
import org.centrecpd.workshops.service.BookingService;
import org.centrecpd.workshops.service.EvaluationService;
import org.centrecpd.workshops.service.EvaluationState;
import org.centrecpd.workshops.domain.PersonChoice;
import org.centrecpd.workshops.service.SessionDetails;
import org.centrecpd.workshops.domain.SessionRow;
import org.centrecpd.workshops.service.SessionRules;
import org.centrecpd.workshops.service.SessionService;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.centrecpd.workshops.service.Reservations;

/**
 * One session: what, when, where, places; book (myself or staff), the invite; the organiser's changes; the
 * register; places reserved for centres; the evaluation form for those who attended, and its counts for those who run the session.
 */
@Route("workshops/:id([0-9]+)")
@PermitAll
public class SessionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SessionService sessions;
    private final transient BookingService bookings;
    private final transient EvaluationService evaluations;
    private final transient Reservations reservations;
    private final transient SessionRules sessionRules;
    private final boolean manager;
    private long id;
    private String title = "";

    public SessionView(SessionService sessions, SessionRules sessionRules, BookingService bookings, EvaluationService evaluations,
                       Reservations reservations, CurrentUser currentUser) {
        this.reservations = reservations;
        this.sessionRules = sessionRules;
        this.manager = currentUser.require().role() == Role.CENTRE_MANAGER;
        this.sessions = sessions;
        this.bookings = bookings;
        this.evaluations = evaluations;
        setId("session");
        setMaxWidth("60rem");
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
        SessionDetails details = sessions.details(id);
        SessionRow s = details.session();
        title = s.courseTitle();
        // The h1 (the layout's) is the course title; the details of this session follow under their own heading.
        add(new H2(getTranslation("workshops.session.details")));
        add(new Paragraph(When.of(getLocale(), s.startsAt(), s.endsAt()) + " " + getTranslation("workshops.session.ukTime")));
        add(new Paragraph(getTranslation("workshops.session.venue") + ": " + (s.venue() == null ? "—" : s.venue())));
        if (s.onlineLink() != null) {
            add(new Paragraph(new Anchor(s.onlineLink(), s.onlineLink())));
        }
        add(new Paragraph(getTranslation("workshops.session.centre") + ": " + s.centreName()));
        add(new Paragraph(getTranslation("workshops.session.facilitators") + ": "
            + details.facilitators().stream().map(PersonChoice::name).collect(Collectors.joining(", "))));
        if (s.notes() != null) {
            add(new Paragraph(getTranslation("workshops.session.notes") + ": " + s.notes()));
        }
        add(new Paragraph(SessionCard.places(this, getLocale(), s)));
        add(new Paragraph(new Anchor("courses/" + s.courseSlug(), getTranslation("workshops.session.course") + ": " + s.courseTitle())));

        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (details.mine() != null && !details.mine().status().ended()) {
            Paragraph mine = new Paragraph(details.mine().status() == BookingStatus.WAITLISTED
                ? getTranslation("workshops.booking.position", details.mine().queuePosition())
                : getTranslation(details.mine().status().key()));
            mine.setId("my-status");
            add(mine);
            if (details.mine().status() == BookingStatus.OFFERED) {
                Button confirm = new Button(getTranslation("workshops.offer.confirm"), e -> {
                    try {
                        bookings.confirmOffer(id);
                        Feedback.saved(this, "workshops.offer.confirmed");
                    } catch (RuntimeException ex) {
                        if (!Feedback.explain(this, ex)) {
                            throw ex;
                        }
                    }
                    render();
                });
                confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                confirm.setId("confirm-offer");
                actions.add(confirm);
            }
        } else if (details.canBookSelf() && !s.cancelled() && !preWorkShown()) {
            Button book = new Button(getTranslation(s.placesLeft() > 0 ? "workshops.book" : "workshops.book.waitlist"), e -> {
                try {
                    BookingStatus status = bookings.bookMe(id);
                    Feedback.saved(this, switch (status) {
                        case BOOKED -> "workshops.book.done";
                        case PENDING -> "workshops.book.donePending";
                        default -> "workshops.book.doneWaiting";
                    });
                } catch (RuntimeException ex) {
                    if (!Feedback.explain(this, ex)) {
                        throw ex;
                    }
                }
                render();
            });
            book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            book.setId("book");
            actions.add(book);
        }
        if (!s.cancelled()) {
            actions.add(InviteLink.of(bookings, id, s.courseSlug() + "-" + s.startsAt().toLocalDate() + ".ics"));
        }
        if (details.runs()) {
            actions.add(new RouterLink(getTranslation("workshops.register.open"), RegisterView.class, RegisterView.parameters(id)));
        }
        if (details.canOrganise() && !s.cancelled()) {
            Set<Long> facilitatorIds = details.facilitators().stream().map(PersonChoice::id).collect(Collectors.toSet());
            Button change = new Button(getTranslation("workshops.session.edit"),
                e -> SessionDialog.change(sessions, s, facilitatorIds, this::render).open());
            change.setId("change-session");
            Button cancel = new Button(getTranslation("workshops.session.cancel"),
                e -> new ReasonDialog(getTranslation("workshops.session.cancel"), getTranslation("workshops.session.cancelReason"),
                    "workshops.session.cancelled", reason -> sessions.cancel(id, reason), this::render).open());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.setId("cancel-session");
            Button rules = new Button(getTranslation("workshops.rules.title"), e -> new RulesDialog(sessionRules, id, this::render).open());
            rules.setId("session-rules");
            actions.add(change, rules, cancel);
        }
        add(actions);
        // Asked only of someone marked as attended: for everyone else the page costs no query more.
        if (details.mine() != null && details.mine().attendance() == Attendance.ATTENDED) {
            EvaluationState evaluation = evaluations.mine(id);
            if (evaluation != EvaluationState.NOT_ATTENDED) {
                add(new EvaluationQuestions(evaluations, id, evaluation, this::render));
            }
        }
        if (details.runs()) {
            add(new EvaluationCounts(evaluations.results(id)));
        }
        if (details.canBookOthers() && !s.cancelled()) {
            add(bookStaff());
        }
        if ((details.canBookOthers() && manager) || details.canOrganise()) {
            add(new ReservationPanel(reservations, s, details.canBookOthers() && manager, details.canOrganise(), this::render));
        }
        add(new RouterLink(getTranslation("workshops.title"), WorkshopsView.class));
    }

    private VerticalLayout bookStaff() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        ComboBox<PersonChoice> person = new ComboBox<>(getTranslation("workshops.book.person"));
        person.setItems(bookings.staffFor(id));
        person.setItemLabelGenerator(PersonChoice::name);
        person.setId("book-person");
        Button book = new Button(getTranslation("workshops.book"), e -> {
            if (person.getValue() == null) {
                return;
            }
            PersonChoice chosen = person.getValue();
            try {
                staffBooked(chosen, bookings.book(id, chosen.id()));
            } catch (PreWorkMissing missing) {
                PreWorkNotice.askToBookAnyway(this, missing, () -> bookStaffAnyway(chosen));
                return;
            } catch (RuntimeException ex) {
                if (!Feedback.explain(this, ex)) {
                    throw ex;
                }
            }
            render();
        });
        book.setId("book-staff");
        HorizontalLayout row = new HorizontalLayout(person, book);
        row.setWrap(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        box.add(new H3(getTranslation("workshops.book.staff")), row);
        return box;
    }

    /** Shows the units I have to complete before booking, if any; true when it did (and so there is no booking button). */
    private boolean preWorkShown() {
        List<PreWorkUnit> missing = bookings.myPreWork(id);
        if (missing.isEmpty()) {
            return false;
        }
        add(PreWorkNotice.mine(this, missing));
        return true;
    }

    private void bookStaffAnyway(PersonChoice person) {
        try {
            staffBooked(person, bookings.book(id, person.id(), true));
        } catch (RuntimeException ex) {
            if (!Feedback.explain(this, ex)) {
                throw ex;
            }
        }
        render();
    }

    private void staffBooked(PersonChoice person, BookingStatus status) {
        Feedback.saved(this, "workshops.book.staffDone", person.name(), getTranslation(status.key()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
