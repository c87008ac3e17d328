package org.centrecpd.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.List;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.organisation.service.Choice;
import org.centrecpd.privacy.service.Retention;
import org.centrecpd.privacy.service.RetentionSchedule;

/** The retention schedule of one authority, editable, and the dry run. */
class RetentionPanel extends VerticalLayout {

    RetentionPanel(RetentionSchedule schedule, Retention retention, List<Choice> authorities) {
        ComboBox<Choice> authority = new ComboBox<>(getTranslation("privacy.authority"), authorities);
        authority.setItemLabelGenerator(Choice::name);
        authority.setId("retention-authority");
        Grid<RetentionSchedule.Period> periods = new Grid<>();
        periods.addColumn(p -> p.kind().name()).setHeader(getTranslation("privacy.register.kind")).setFlexGrow(3);
        periods.addColumn(p -> getTranslation(p.kind().clock() == org.centrecpd.base.privacy.RetentionClock.AFTER_LEAVING
            ? "privacy.retention.fromLeaving" : "privacy.retention.fromRecorded")).setHeader(getTranslation("privacy.retention.from"));
        periods.addColumn(p -> p.kind().defaultMonths()).setHeader(getTranslation("privacy.retention.default"));
        periods.addComponentColumn(p -> {
            IntegerField months = new IntegerField();
            months.setMin(1);
            months.setMax(1200);
            months.setStepButtonsVisible(false);
            months.setValue(p.months());
            months.setAriaLabel(getTranslation("privacy.retention.monthsFor", p.kind().name()));
            months.setWidth("6em");
            months.addValueChangeListener(e -> {
                if (authority.getValue() == null || e.getValue() == null) {
                    return;
                }
                try {
                    schedule.set(authority.getValue().id(), p.kind().key(), e.getValue());
                    Feedback.saved(this, "privacy.retention.saved", p.kind().name(), e.getValue());
                } catch (RuntimeException ex) {
                    if (!Feedback.explain(this, ex)) {
                        throw ex;
                    }
                }
            });
            return months;
        }).setHeader(getTranslation("privacy.retention.months"));
        periods.addColumn(p -> p.kind().disposal().words()).setHeader(getTranslation("privacy.retention.then")).setFlexGrow(2);
        periods.setAllRowsVisible(true);
        periods.setAriaLabel(getTranslation("privacy.tab.retention"));
        periods.setId("retention-periods");
        authority.addValueChangeListener(e -> periods.setItems(e.getValue() == null ? List.of() : schedule.of(e.getValue().id())));
        Grid<Retention.Outcome> preview = new Grid<>();
        preview.addColumn(o -> o.kind().name()).setHeader(getTranslation("privacy.register.kind")).setFlexGrow(3);
        preview.addColumn(Retention.Outcome::rows).setHeader(getTranslation("privacy.retention.rows"));
        preview.addColumn(o -> o.kind().disposal().words()).setHeader(getTranslation("privacy.retention.then")).setFlexGrow(2);
        preview.setAllRowsVisible(true);
        preview.setAriaLabel(getTranslation("privacy.retention.preview"));
        preview.setId("retention-preview");
        preview.setVisible(false);
        Button dryRun = new Button(getTranslation("privacy.retention.preview"), e -> {
            preview.setItems(new ListDataProvider<>(retention.preview(authority.getValue() == null ? null : authority.getValue().id())));
            preview.setVisible(true);
        });
        dryRun.setId("retention-dry-run");
        add(new Paragraph(getTranslation("privacy.retention.intro")), authority, periods,
            new H3(getTranslation("privacy.retention.preview")), new Paragraph(getTranslation("privacy.retention.previewIntro")), dryRun, preview);
    }
}
