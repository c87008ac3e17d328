package org.centrecpd.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.FormDialog;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.organisation.StaffMember;
import org.centrecpd.training.service.AssignmentService;
import org.centrecpd.training.service.Assigning;
import org.centrecpd.training.domain.CourseChoice;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Assigns one course to people of a centre, the whole centre, or some job roles there: one action. */
class AssignDialog extends FormDialog {

    enum Target { PEOPLE, CENTRE, ROLES }

    private final ComboBox<CourseChoice> course = new ComboBox<>();
    private final RadioButtonGroup<Target> target = new RadioButtonGroup<>();
    private final MultiSelectComboBox<StaffMember> people = new MultiSelectComboBox<>();
    private final CheckboxGroup<JobRole> roles = new CheckboxGroup<>();
    private final DatePicker due = Dates.picker();
    private final RadioButtonGroup<Boolean> required = new RadioButtonGroup<>();
    private final IntegerField refresh = new IntegerField();
    private final IntegerField renewalWindow = new IntegerField();

    private final TextArea pasted = new TextArea();
    private final Button addPasted = new Button();
    private final Paragraph unmatched = new Paragraph();
    private final VerticalLayout pasteBox = new VerticalLayout();
    private final transient PeopleService staff;
    private final long centreId;

    AssignDialog(AssignmentService assignments, PeopleService staff, long centreId, Runnable afterAssigning) {
        super("", "");
        this.staff = staff;
        this.centreId = centreId;
        addPasted.setText(getTranslation("training.assign.people.add"));
        setHeaderTitle(getTranslation("training.assign.title"));
        primaryButton().setText(getTranslation("training.assign"));
        setId("assign-dialog");
        course.setLabel(getTranslation("training.course"));
        course.setItems(assignments.courses());
        course.setItemLabelGenerator(CourseChoice::title);
        course.setRequiredIndicatorVisible(true);
        course.setId("assign-course");
        target.setLabel(getTranslation("training.assign.to"));
        target.setItems(Target.values());
        target.setItemLabelGenerator(t -> getTranslation("training.assign.to." + t.name().toLowerCase()));
        target.setValue(Target.CENTRE);
        target.setId("assign-target");
        people.setLabel(getTranslation("training.assign.people"));
        people.setItemLabelGenerator(StaffMember::fullName);
        people.setItems(q -> staff.staff(centreId, q.getFilter().orElse(""),
            PageRequest.of(q.getPage(), q.getPageSize())).stream());
        people.setId("assign-people");
        // Enter on a typed name picks the one person it fits; a pasted list is matched name by name.
        people.setAllowCustomValue(true);
        people.setHelperText(getTranslation("training.assign.people.help"));
        people.addCustomValueSetListener(e -> addPeople(e.getDetail()));
        pasted.setLabel(getTranslation("training.assign.people.paste"));
        pasted.setHelperText(getTranslation("training.assign.people.paste.help"));
        pasted.setId("assign-people-paste");
        pasted.setWidthFull();
        addPasted.setId("assign-people-add");
        addPasted.addClickListener(e -> {
            addPeople(pasted.getValue());
            pasted.clear();
        });
        unmatched.setId("assign-people-unmatched");
        unmatched.getElement().setAttribute("aria-live", "polite");
        roles.setLabel(getTranslation("training.assign.roles"));
        roles.setItems(JobRole.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.key()));
        due.setLabel(getTranslation("training.due"));
        // The service's clock, so the picker and the service agree on "today" (also under a test's fixed clock).
        LocalDate today = assignments.today();
        due.setMin(today);
        due.setValue(today.plusMonths(1));
        due.setRequiredIndicatorVisible(true);
        due.setLocale(getLocale());
        due.setId("assign-due");
        required.setLabel(getTranslation("training.kind"));
        required.setItems(true, false);
        required.setItemLabelGenerator(r -> getTranslation(r ? "training.required" : "training.recommended"));
        required.setValue(true);
        refresh.setLabel(getTranslation("training.assign.refresh"));
        refresh.setHelperText(getTranslation("training.assign.refresh.help"));
        refresh.setMin(1);
        refresh.setMax(AssignmentService.MAX_REFRESH_MONTHS);
        refresh.setStepButtonsVisible(true);
        refresh.setId("assign-refresh");
        renewalWindow.setLabel(getTranslation("training.assign.renewalWindow"));
        renewalWindow.setHelperText(getTranslation("training.assign.renewalWindow.help"));
        renewalWindow.setMin(0);
        renewalWindow.setMax(AssignmentService.MAX_RENEWAL_WINDOW_DAYS);
        renewalWindow.setValue(Assigning.DEFAULT_RENEWAL_WINDOW_DAYS);
        renewalWindow.setId("renewal-window");
        // Only a course refreshed every so many months has certifications to renew.
        renewalWindow.setEnabled(false);
        refresh.addValueChangeListener(e -> renewalWindow.setEnabled(e.getValue() != null));
        // The course file says how this course is usually certified; the manager may still change it here.
        course.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refresh.setValue(e.getValue().validityMonths());
                renewalWindow.setValue(e.getValue().renewalWindowOr(Assigning.DEFAULT_RENEWAL_WINDOW_DAYS));
            }
        });
        Runnable showTarget = () -> {
            people.setVisible(target.getValue() == Target.PEOPLE);
            pasteBox.setVisible(target.getValue() == Target.PEOPLE);
            roles.setVisible(target.getValue() == Target.ROLES);
        };
        target.addValueChangeListener(e -> showTarget.run());
        showTarget.run();
        pasteBox.add(pasted, addPasted, unmatched);
        pasteBox.setPadding(false);
        FormLayout form = new FormLayout(course, due, target, required, people, pasteBox, roles, refresh, renewalWindow);
        form.setColspan(target, 2);
        form.setColspan(people, 2);
        form.setColspan(pasteBox, 2);
        form.setColspan(roles, 2);
        with(form);
        onPrimary(() -> {
            boolean ok = need(course.getValue() != null, course) & need(due.getValue() != null, due)
                & need(target.getValue() != Target.PEOPLE || !people.getValue().isEmpty(), people)
                & need(target.getValue() != Target.ROLES || !roles.getValue().isEmpty(), roles)
                & !refresh.isInvalid() & !renewalWindow.isInvalid();
            if (!ok) {
                throw new ValidationException(List.of(), List.of());
            }
            long courseId = course.getValue().id();
            Assigning request = switch (target.getValue()) {
                case PEOPLE -> Assigning.toPeople(courseId, people.getValue().stream().map(StaffMember::personId)
                    .collect(Collectors.toSet()), due.getValue(), required.getValue(), refresh.getValue());
                case CENTRE -> Assigning.toCentres(courseId, Set.of(centreId), due.getValue(), required.getValue(), refresh.getValue());
                case ROLES -> Assigning.toRoles(courseId, roles.getValue(), Set.of(centreId), due.getValue(), required.getValue(),
                    refresh.getValue());
            };
            int assigned = assignments.assign(request.withRenewalWindow(renewalWindow.getValue() == null
                ? Assigning.DEFAULT_RENEWAL_WINDOW_DAYS : renewalWindow.getValue()));
            saying("training.assign.done", assigned, course.getValue().title());
        });
        then(afterAssigning);
    }

    /** Adds the people a typed name or a pasted list stands for, and says which entries found nobody (or several). */
    private void addPeople(String typed) {
        PeopleList list = PeopleList.match(staff.staff(centreId, "", Pageable.unpaged()), typed);
        Set<StaffMember> chosen = new LinkedHashSet<>(people.getValue());
        chosen.addAll(list.found());
        people.setValue(chosen);
        List<String> problems = new ArrayList<>();
        if (!list.notFound().isEmpty()) {
            problems.add(getTranslation("training.assign.people.notFound", list.notFound().size(), String.join("; ", list.notFound())));
        }
        if (!list.ambiguous().isEmpty()) {
            problems.add(getTranslation("training.assign.people.ambiguous", list.ambiguous().size(), String.join("; ", list.ambiguous())));
        }
        unmatched.setText(String.join(" ", problems));
        if (!list.found().isEmpty()) {
            people.setInvalid(false);
        }
    }

    private boolean need(boolean present, com.vaadin.flow.component.HasValidation field) {
        field.setInvalid(!present);
        if (!present) {
            field.setErrorMessage(getTranslation("training.assign.needed"));
        }
        return present;
    }
}
