package org.centrecpd.workshops.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.FormDialog;
import org.centrecpd.workshops.domain.CourseChoice;
import org.centrecpd.workshops.domain.PersonChoice;
import org.centrecpd.workshops.domain.RequestRow;
import org.centrecpd.workshops.service.SessionForm;
import org.centrecpd.workshops.domain.SessionRow;
import org.centrecpd.workshops.service.SessionService;

/** Schedules a session (answering a request or not), or changes one. The service checks every field. */
class SessionDialog extends FormDialog {

    private final ComboBox<CourseChoice> course = new ComboBox<>();
    private final ComboBox<PersonChoice> centre = new ComboBox<>();
    private final DatePicker day = Dates.picker();
    private final TimePicker starts = new TimePicker();
    private final TimePicker ends = new TimePicker();
    private final ComboBox<PersonChoice> venueCentre = new ComboBox<>();
    private final TextField address = new TextField();
    private final TextField link = new TextField();
    private final IntegerField capacity = new IntegerField();
    private final MultiSelectComboBox<PersonChoice> facilitators = new MultiSelectComboBox<>();
    private final TextArea notes = new TextArea();

    /** A new session; {@code request} (may be null) fills in the centre and the workshop. */
    static SessionDialog schedule(SessionService sessions, RequestRow request, LongConsumer scheduled) {
        SessionDialog dialog = new SessionDialog(sessions, null);
        dialog.setHeaderTitle(dialog.getTranslation("workshops.session.schedule"));
        dialog.primaryButton().setText(dialog.getTranslation("workshops.session.schedule"));
        if (request != null) {
            dialog.centre.getListDataView().getItems().filter(c -> c.id() == request.centreId()).findFirst().ifPresent(dialog.centre::setValue);
            dialog.course.getListDataView().getItems().filter(c -> c.slug().equals(request.courseSlug())).findFirst()
                .ifPresent(dialog.course::setValue);
            dialog.capacity.setValue(Math.max(request.expectedPeople(), 1));
        }
        Long requestId = request == null ? null : request.id();
        long[] created = new long[1];
        dialog.onPrimary(() -> created[0] = sessions.schedule(dialog.form(requestId)))
            .saying("workshops.session.saved")
            .then(() -> scheduled.accept(created[0]));
        return dialog;
    }

    /** Changes a session: everyone booked is told. */
    static SessionDialog change(SessionService sessions, SessionRow session, Set<Long> currentFacilitators, Runnable changed) {
        SessionDialog dialog = new SessionDialog(sessions, session);
        dialog.setHeaderTitle(dialog.getTranslation("workshops.session.edit"));
        dialog.primaryButton().setText(dialog.getTranslation("action.save"));
        dialog.facilitators.setValue(dialog.facilitators.getListDataView().getItems()
            .filter(p -> currentFacilitators.contains(p.id())).collect(Collectors.toSet()));
        dialog.onPrimary(() -> sessions.change(session.id(), dialog.form(null))).saying("workshops.session.saved").then(changed);
        return dialog;
    }

    private SessionDialog(SessionService sessions, SessionRow existing) {
        super("", "");
        setId("session-dialog");
        List<PersonChoice> centres = sessions.centres();
        course.setLabel(getTranslation("workshops.session.course"));
        course.setItems(sessions.courses());
        course.setItemLabelGenerator(CourseChoice::title);
        course.setRequiredIndicatorVisible(true);
        course.setId("session-course");
        centre.setLabel(getTranslation("workshops.session.centre"));
        centre.setItems(centres);
        centre.setItemLabelGenerator(PersonChoice::name);
        centre.setRequiredIndicatorVisible(true);
        centre.setId("session-centre");
        centre.addValueChangeListener(e -> {
            facilitators.clear();
            facilitators.setItems(e.getValue() == null ? List.of() : sessions.facilitatorChoices(e.getValue().id()));
            if (venueCentre.isEmpty()) {
                venueCentre.setValue(e.getValue());
            }
            if (existing == null && e.getValue() != null) {
                SessionService.SessionDefaults defaults = sessions.defaults(e.getValue().id());
                facilitators.getListDataView().getItems().filter(p -> Long.valueOf(p.id()).equals(defaults.facilitatorId()))
                    .findFirst().ifPresent(me -> facilitators.setValue(Set.of(me)));
                if (address.isEmpty() && defaults.venueAddress() != null) {
                    address.setValue(defaults.venueAddress());
                }
            }
        });
        // A new session lasts as long as the course usually does: its CPD hours, from the start time.
        Runnable usualLength = () -> {
            if (existing == null && course.getValue() != null && starts.getValue() != null) {
                usualEnd(starts.getValue(), course.getValue().cpdHours()).ifPresent(ends::setValue);
            }
        };
        course.addValueChangeListener(e -> usualLength.run());
        starts.addValueChangeListener(e -> usualLength.run());
        day.setLabel(getTranslation("workshops.session.day"));
        day.setRequiredIndicatorVisible(true);
        day.setId("session-day");
        starts.setLabel(getTranslation("workshops.session.starts"));
        starts.setStep(Duration.ofMinutes(15));
        starts.setId("session-starts");
        ends.setLabel(getTranslation("workshops.session.ends"));
        ends.setStep(Duration.ofMinutes(15));
        ends.setId("session-ends");
        venueCentre.setLabel(getTranslation("workshops.session.venueCentre"));
        venueCentre.setItems(centres);
        venueCentre.setItemLabelGenerator(PersonChoice::name);
        venueCentre.setClearButtonVisible(true);
        venueCentre.setId("session-venue-centre");
        address.setLabel(getTranslation("workshops.session.venueAddress"));
        address.setMaxLength(500);
        address.setId("session-address");
        link.setLabel(getTranslation("workshops.session.onlineLink"));
        link.setMaxLength(500);
        link.setId("session-link");
        capacity.setLabel(getTranslation("workshops.session.capacity"));
        capacity.setMin(1);
        capacity.setMax(SessionService.MAX_CAPACITY);
        capacity.setStepButtonsVisible(true);
        capacity.setRequiredIndicatorVisible(true);
        capacity.setId("session-capacity");
        facilitators.setLabel(getTranslation("workshops.session.facilitators"));
        facilitators.setItemLabelGenerator(PersonChoice::name);
        facilitators.setRequiredIndicatorVisible(true);
        facilitators.setId("session-facilitators");
        notes.setLabel(getTranslation("workshops.session.notes"));
        notes.setMaxLength(SessionService.MAX_TEXT);
        notes.setId("session-notes");
        if (existing != null) {
            course.getListDataView().getItems().filter(c -> c.slug().equals(existing.courseSlug())).findFirst().ifPresent(course::setValue);
            centres.stream().filter(c -> c.id() == existing.centreId()).findFirst().ifPresent(centre::setValue);
            course.setReadOnly(true);
            centre.setReadOnly(true);
            day.setValue(existing.startsAt().toLocalDate());
            starts.setValue(existing.startsAt().toLocalTime());
            ends.setValue(existing.endsAt().toLocalTime());
            centres.stream().filter(c -> c.name().equals(existing.venueCentre())).findFirst().ifPresent(venueCentre::setValue);
            address.setValue(existing.venueAddress() == null ? "" : existing.venueAddress());
            link.setValue(existing.onlineLink() == null ? "" : existing.onlineLink());
            capacity.setValue(existing.capacity());
            notes.setValue(existing.notes() == null ? "" : existing.notes());
        } else {
            starts.setValue(LocalTime.of(9, 30));
            ends.setValue(LocalTime.of(13, 0));
        }
        FormLayout form = new FormLayout(course, centre, day, starts, ends, venueCentre, address, link, capacity, facilitators, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(notes, 2);
        form.setColspan(facilitators, 2);
        add(form);
    }

    /** The end of a session of {@code hours} from {@code start}, to the quarter hour; empty when it would pass midnight. */
    static java.util.Optional<LocalTime> usualEnd(LocalTime start, java.math.BigDecimal hours) {
        if (hours == null || hours.signum() <= 0) {
            return java.util.Optional.empty();
        }
        long minutes = Math.round(hours.doubleValue() * 4) * 15;
        LocalTime end = start.plusMinutes(minutes);
        return minutes > 0 && end.isAfter(start) ? java.util.Optional.of(end) : java.util.Optional.empty();
    }

    private SessionForm form(Long requestId) {
        return new SessionForm(course.getValue() == null ? null : course.getValue().id(),
            centre.getValue() == null ? null : centre.getValue().id(), day.getValue(), starts.getValue(), ends.getValue(),
            venueCentre.getValue() == null ? null : venueCentre.getValue().id(), address.getValue(), link.getValue(),
            capacity.getValue(), notes.getValue(), facilitators.getValue().stream().map(PersonChoice::id).collect(Collectors.toSet()),
            requestId);
    }
}
