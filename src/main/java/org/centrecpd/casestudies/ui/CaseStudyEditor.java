package org.centrecpd.casestudies.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.centrecpd.base.ui.FormDialog;
import org.centrecpd.base.ui.Lazy;
import org.centrecpd.casestudies.ChildrenAge;
import org.centrecpd.casestudies.service.CaseStudyForm;
import org.centrecpd.casestudies.service.CaseStudyPage;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.LeadershipQuality;
import org.centrecpd.organisation.CentreOverview;
import org.centrecpd.organisation.service.CentreService;

/**
 * One use case: write (or change) a case study's description and tags. The service checks the
 * rules (title, summary, at least one centre in the writer's scope, a sensible year) and the
 * dialog shows its refusals; documents are added on the case study's page.
 */
class CaseStudyEditor extends FormDialog {

    CaseStudyEditor(CaseStudyService caseStudies, CentreService centres, Clock clock, CaseStudyPage existing, LongConsumer saved) {
        super("", "");
        setHeaderTitle(existing == null ? getTranslation("casestudies.new") : existing.title());
        primaryButton().setText(getTranslation("action.save"));
        TextField title = new TextField(getTranslation("casestudies.form.title"));
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        TextArea summary = new TextArea(getTranslation("casestudies.form.summary"));
        summary.setHelperText(getTranslation("casestudies.form.summary.help"));
        summary.setMaxLength(4000);
        summary.setRequiredIndicatorVisible(true);
        TextArea outcomes = new TextArea(getTranslation("casestudies.form.outcomes"));
        outcomes.setMaxLength(4000);
        IntegerField year = new IntegerField(getTranslation("casestudies.form.year"));
        year.setValue(LocalDate.now(clock).getYear());
        MultiSelectComboBox<CentreOverview> where = new MultiSelectComboBox<>(getTranslation("casestudies.form.centres"));
        where.setItems(q -> centres.overviews(q.getFilter().orElse(""), Lazy.page(q)).stream());
        where.setItemLabelGenerator(c -> c.name() + " (" + c.localAuthority() + ")");
        where.setRequiredIndicatorVisible(true);
        CheckboxGroup<CorePurposeArea> areas = new CheckboxGroup<>(getTranslation("casestudies.form.areas"));
        areas.setItems(CorePurposeArea.values());
        areas.setItemLabelGenerator(a -> getTranslation(a.key()));
        CheckboxGroup<LeadershipQuality> qualities = new CheckboxGroup<>(getTranslation("casestudies.form.qualities"));
        qualities.setItems(LeadershipQuality.values());
        qualities.setItemLabelGenerator(q -> getTranslation(q.key()));
        CheckboxGroup<ChildrenAge> ages = new CheckboxGroup<>(getTranslation("casestudies.form.ages"));
        ages.setItems(ChildrenAge.values());
        ages.setItemLabelGenerator(a -> getTranslation(a.key()));
        TextField basedOn = new TextField(getTranslation("casestudies.form.basedOn"));
        basedOn.setMaxLength(300);
        if (existing != null) {
            title.setValue(existing.title());
            summary.setValue(existing.summary());
            outcomes.setValue(existing.outcomes() == null ? "" : existing.outcomes());
            year.setValue(existing.year());
            where.setValue(existing.centreIds().stream().map(centres::overview).collect(Collectors.toSet()));
            areas.setValue(existing.areas());
            qualities.setValue(existing.qualities());
            ages.setValue(existing.ages());
            basedOn.setValue(existing.basedOn() == null ? "" : existing.basedOn());
        }
        FormLayout form = new FormLayout(title, year, summary, outcomes, where, basedOn, areas, qualities, ages);
        form.setColspan(summary, 2);
        form.setColspan(outcomes, 2);
        form.setColspan(where, 2);
        add(form);
        setWidth("min(60rem, 100vw)");
        onPrimary(() -> {
            Set<Long> centreIds = where.getValue().stream().map(CentreOverview::id).collect(Collectors.toCollection(LinkedHashSet::new));
            CaseStudyForm values = new CaseStudyForm(title.getValue(), summary.getValue(), outcomes.getValue(),
                year.getValue() == null ? 0 : year.getValue(), centreIds, Set.copyOf(areas.getValue()),
                Set.copyOf(qualities.getValue()), Set.copyOf(ages.getValue()), basedOn.getValue());
            long id;
            if (existing == null) {
                id = caseStudies.create(values);
            } else {
                caseStudies.update(existing.id(), existing.version(), values);
                id = existing.id();
            }
            saved.accept(id);
        });
        saying("casestudies.saved");
    }

}
