package org.centrecpd.workshops.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.workshops.domain.PersonChoice;
import org.centrecpd.workshops.domain.ReservationRow;
import org.centrecpd.workshops.domain.SessionRow;
import org.centrecpd.workshops.service.Reservations;
import org.centrecpd.workshops.service.SessionService;

/**
 * A session's reserved places: a centre manager reserves places for a centre in their scope, books staff into them
 * or gives the unused ones back; the session's organisers set how many days before the start unused ones are released.
 * Each sees only the reservations of centres in their scope.
 */
class ReservationPanel extends VerticalLayout {

    private final transient Reservations reservations;
    private final long sessionId;
    private final Runnable changed;

    ReservationPanel(Reservations reservations, SessionRow session, boolean manager, boolean organiser, Runnable changed) {
        this.reservations = reservations;
        this.sessionId = session.id();
        this.changed = changed;
        setPadding(false);
        setId("reservations");
        add(new H3(getTranslation("workshops.reserve.title")));
        add(new Paragraph(getTranslation("workshops.reserve.releaseOn", reservations.releaseDays(sessionId))));
        List<ReservationRow> rows = reservations.ofSession(sessionId);
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("workshops.reserve.none")));
        }
        rows.forEach(r -> add(row(r, manager)));
        if (manager && !session.cancelled()) {
            add(reserve(session));
        }
        if (organiser && !session.cancelled()) {
            add(releaseDays());
        }
    }

    private Div row(ReservationRow r, boolean manager) {
        Div box = new Div();
        box.setId("reservation-" + r.id());
        box.add(new Paragraph(r.releasedAt() == null
            ? getTranslation("workshops.reserve.row", r.centreName(), r.places(), r.used())
            : getTranslation("workshops.reserve.released", r.centreName(), Dates.day(r.releasedAt().toLocalDate(), getLocale()),
                r.released() == null ? 0 : r.released())));
        if (manager && r.unused() > 0) {
            ComboBox<PersonChoice> person = new ComboBox<>(getTranslation("workshops.reserve.person"));
            person.setItems(reservations.staffFor(r.id()));
            person.setItemLabelGenerator(PersonChoice::name);
            person.setId("reserved-person-" + r.id());
            Button book = new Button(getTranslation("workshops.reserve.book"), e -> {
                PersonChoice chosen = person.getValue();
                if (chosen == null) {
                    return;
                }
                try {
                    act(() -> {
                        reservations.bookInto(r.id(), chosen.id());
                        Feedback.saved(this, "workshops.reserve.booked", chosen.name());
                    });
                } catch (org.centrecpd.workshops.service.PreWorkMissing missing) {
                    PreWorkNotice.askToBookAnyway(this, missing, () -> act(() -> {
                        reservations.bookInto(r.id(), chosen.id(), true);
                        Feedback.saved(this, "workshops.reserve.booked", chosen.name());
                    }));
                }
            });
            book.setId("book-reserved-" + r.id());
            Button release = new Button(getTranslation("workshops.reserve.releaseNow"),
                e -> act(() -> Feedback.saved(this, "workshops.reserve.releasedNow", reservations.releaseNow(r.id()))));
            release.setId("release-now-" + r.id());
            box.add(line(person, book, release));
        }
        return box;
    }

    private HorizontalLayout reserve(SessionRow session) {
        ComboBox<PersonChoice> centre = new ComboBox<>(getTranslation("workshops.reserve.centre"));
        List<PersonChoice> centres = reservations.centres();
        centre.setItems(centres);
        centre.setItemLabelGenerator(PersonChoice::name);
        centres.stream().filter(c -> c.id() == session.centreId()).findFirst().or(() -> centres.stream().findFirst())
            .ifPresent(centre::setValue);
        centre.setRequiredIndicatorVisible(true);
        centre.setId("reserve-centre");
        IntegerField places = new IntegerField(getTranslation("workshops.reserve.places"));
        places.setMin(1);
        places.setMax(SessionService.MAX_CAPACITY);
        places.setStepButtonsVisible(true);
        places.setRequiredIndicatorVisible(true);
        places.setId("reserve-places");
        Button reserve = new Button(getTranslation("workshops.reserve.action"), e -> act(() -> {
            reservations.reserve(sessionId, centre.getValue() == null ? null : centre.getValue().id(), places.getValue());
            Feedback.saved(this, "workshops.reserve.done");
        }));
        reserve.setId("reserve");
        return line(centre, places, reserve);
    }

    private HorizontalLayout releaseDays() {
        IntegerField days = new IntegerField(getTranslation("workshops.reserve.releaseDays"));
        days.setMin(0);
        days.setMax(90);
        days.setStepButtonsVisible(true);
        days.setValue(reservations.releaseDays(sessionId));
        days.setId("release-days");
        Button save = new Button(getTranslation("workshops.reserve.saveDays"), e -> act(() -> {
            reservations.setReleaseDays(sessionId, days.getValue());
            Feedback.saved(this, "workshops.reserve.daysSaved");
        }));
        save.setId("save-release-days");
        return line(days, save);
    }

    /** Runs the action and shows its outcome; a booking of staff who have units to do first is left to the caller to ask about. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (org.centrecpd.workshops.service.PreWorkMissing missing) {
            throw missing;
        } catch (RuntimeException ex) {
            if (!Feedback.explain(this, ex)) {
                throw ex;
            }
        }
        changed.run();
    }

    private static HorizontalLayout line(com.vaadin.flow.component.Component... parts) {
        HorizontalLayout line = new HorizontalLayout(parts);
        line.setWrap(true);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return line;
    }
}
