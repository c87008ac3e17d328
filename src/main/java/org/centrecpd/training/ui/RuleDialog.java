package org.centrecpd.training.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.centrecpd.base.ui.FormDialog;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.training.domain.CourseChoice;
import org.centrecpd.training.domain.PlaceChoice;
import org.centrecpd.training.service.AssignmentRules;
import org.centrecpd.training.service.AssignmentService;
import org.centrecpd.training.service.Assigning;
import org.centrecpd.training.service.RuleForm;

/** Makes a rule (id null) or changes one: its course (fixed once made), audience and terms. */
class RuleDialog extends FormDialog {

    private final ComboBox<CourseChoice> course = new ComboBox<>();
    private final MultiSelectComboBox<PlaceChoice> centres = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<PlaceChoice> groups = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<PlaceChoice> providers = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<PlaceChoice> authorities = new MultiSelectComboBox<>();
    private final CheckboxGroup<JobRole> roles = new CheckboxGroup<>();
    private final IntegerField dueDays = new IntegerField();
    private final RadioButtonGroup<Boolean> required = new RadioButtonGroup<>();
    private final IntegerField refresh = new IntegerField();
    private final IntegerField renewalWindow = new IntegerField();

    RuleDialog(AssignmentRules rules, AssignmentService assignments, Long ruleId, RuleForm current, LongConsumer afterSaving) {
        super("", "");
        setHeaderTitle(getTranslation(ruleId == null ? "training.rules.new" : "training.rule.change"));
        primaryButton().setText(getTranslation("training.rule.save"));
        setId("rule-dialog");
        AssignmentRules.Places places = rules.places();
        course.setLabel(getTranslation("training.course"));
        List<CourseChoice> courses = assignments.courses();
        course.setItems(courses);
        course.setItemLabelGenerator(CourseChoice::title);
        course.setRequiredIndicatorVisible(true);
        course.setId("rule-course");
        place(centres, "training.rule.centres", places.centres(), "rule-centres");
        place(groups, "training.rule.groups", places.groups(), "rule-groups");
        place(providers, "training.rule.providers", places.providers(), "rule-providers");
        place(authorities, "training.rule.authorities", places.authorities(), "rule-authorities");
        roles.setLabel(getTranslation("training.rule.roles"));
        roles.setItems(JobRole.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.key()));
        dueDays.setLabel(getTranslation("training.rule.dueDays"));
        dueDays.setMin(0);
        dueDays.setMax(RuleForm.MAX_DUE_DAYS);
        dueDays.setValue(28);
        dueDays.setStepButtonsVisible(true);
        dueDays.setRequiredIndicatorVisible(true);
        dueDays.setId("rule-due-days");
        required.setLabel(getTranslation("training.kind"));
        required.setItems(true, false);
        required.setItemLabelGenerator(r -> getTranslation(r ? "training.required" : "training.recommended"));
        required.setValue(true);
        refresh.setLabel(getTranslation("training.assign.refresh"));
        refresh.setHelperText(getTranslation("training.assign.refresh.help"));
        refresh.setMin(1);
        refresh.setMax(AssignmentService.MAX_REFRESH_MONTHS);
        refresh.setId("rule-refresh");
        renewalWindow.setLabel(getTranslation("training.assign.renewalWindow"));
        renewalWindow.setHelperText(getTranslation("training.assign.renewalWindow.help"));
        renewalWindow.setMin(0);
        renewalWindow.setMax(AssignmentService.MAX_RENEWAL_WINDOW_DAYS);
        renewalWindow.setValue(Assigning.DEFAULT_RENEWAL_WINDOW_DAYS);
        renewalWindow.setEnabled(false);
        renewalWindow.setId("rule-renewal-window");
        refresh.addValueChangeListener(e -> renewalWindow.setEnabled(e.getValue() != null));
        // A new rule starts from the course file's certification defaults; a saved rule shows its own terms (set below).
        course.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refresh.setValue(e.getValue().validityMonths());
                renewalWindow.setValue(e.getValue().renewalWindowOr(Assigning.DEFAULT_RENEWAL_WINDOW_DAYS));
            }
        });
        if (current != null) {
            courses.stream().filter(c -> c.id() == current.courseId()).findFirst().ifPresent(course::setValue);
            course.setEnabled(false);
            select(centres, places.centres(), current.centres());
            select(groups, places.groups(), current.groups());
            select(providers, places.providers(), current.providers());
            select(authorities, places.authorities(), current.authorities());
            roles.setValue(current.roles());
            dueDays.setValue(current.dueDays());
            required.setValue(current.required());
            refresh.setValue(current.refreshMonths());
            renewalWindow.setValue(current.renewalWindowDays());
        }
        FormLayout form = new FormLayout(course, dueDays, centres, groups, providers, authorities, roles, required, refresh, renewalWindow);
        form.setColspan(course, 2);
        form.setColspan(roles, 2);
        with(form);
        onPrimary(() -> {
            boolean anyPlace = !(centres.isEmpty() && groups.isEmpty() && providers.isEmpty() && authorities.isEmpty());
            centres.setInvalid(!anyPlace);
            centres.setErrorMessage(getTranslation("training.rule.noPlace"));
            boolean ok = course.getValue() != null & dueDays.getValue() != null & anyPlace & !dueDays.isInvalid() & !refresh.isInvalid();
            course.setInvalid(course.getValue() == null);
            course.setErrorMessage(getTranslation("training.assign.needed"));
            if (!ok) {
                throw new ValidationException(List.of(), List.of());
            }
            RuleForm saved = new RuleForm(course.getValue().id(), ids(centres), ids(groups), ids(providers), ids(authorities),
                roles.getValue(), dueDays.getValue(), required.getValue(), refresh.getValue(),
                renewalWindow.getValue() == null ? Assigning.DEFAULT_RENEWAL_WINDOW_DAYS : renewalWindow.getValue());
            long id;
            if (ruleId == null) {
                id = rules.create(saved);
            } else {
                rules.change(ruleId, saved);
                id = ruleId;
            }
            saying("training.rule.saved", course.getValue().title());
            then(() -> afterSaving.accept(id));
        });
    }

    private void place(MultiSelectComboBox<PlaceChoice> field, String label, List<PlaceChoice> choices, String id) {
        field.setLabel(getTranslation(label));
        field.setItems(choices);
        field.setItemLabelGenerator(PlaceChoice::name);
        field.setId(id);
        field.setVisible(!choices.isEmpty());
    }

    private static void select(MultiSelectComboBox<PlaceChoice> field, List<PlaceChoice> choices, Set<Long> ids) {
        field.setValue(choices.stream().filter(c -> ids.contains(c.id())).collect(Collectors.toSet()));
    }

    private static Set<Long> ids(MultiSelectComboBox<PlaceChoice> field) {
        return field.getValue().stream().map(PlaceChoice::id).collect(Collectors.toSet());
    }
}
