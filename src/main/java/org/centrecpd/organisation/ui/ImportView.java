package org.centrecpd.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.IntConsumer;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.organisation.importing.ImportPreview;
import org.centrecpd.organisation.importing.ImportProblem;
import org.centrecpd.organisation.importing.ImportJobs;
import org.centrecpd.organisation.importing.ImportRefused;
import org.centrecpd.organisation.importing.ImportResult;
import org.centrecpd.organisation.importing.OrganisationImport;
import org.centrecpd.organisation.importing.PlannedChange;
import org.centrecpd.organisation.importing.StaffImport;
import org.centrecpd.security.Role;

/**
 * Admins: import staff or the organisation from a spreadsheet. Templates to start from; the file is
 * previewed (what will be created, changed, ended, and every problem by row and column) and nothing
 * is written until the admin confirms; then all of it is written, with a progress bar, or none.
 */
@Route("admin/import")
@Menu(title = "nav.import", order = 65, icon = "vaadin:upload")
@RolesAllowed(Role.ADMIN_NAME)
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    enum What { STAFF, ORGANISATION }

    private final StaffImport staff;
    private final OrganisationImport organisation;
    private final ImportJobs jobs;
    private final RadioButtonGroup<What> what = new RadioButtonGroup<>();
    private final DatePicker effective = Dates.picker();
    private final Checkbox leaversLeft = new Checkbox();
    private final Div preview = new Div();
    private final Paragraph status = new Paragraph();
    private byte[] file;
    private String fileName;

    public ImportView(StaffImport staff, OrganisationImport organisation, ImportJobs jobs) {
        this.staff = staff;
        this.organisation = organisation;
        this.jobs = jobs;
        setId("import-view");
        add(new Paragraph(getTranslation("import.intro")));

        what.setLabel(getTranslation("import.what"));
        what.setItems(What.values());
        what.setItemLabelGenerator(w -> getTranslation("import.what." + w.name()));
        what.setValue(What.STAFF);
        what.setId("import-what");

        effective.setLabel(getTranslation("import.effective"));
        effective.setHelperText(getTranslation("import.effective.help"));
        effective.setLocale(getLocale());
        effective.setValue(staff.today());
        effective.setRequired(true);
        effective.setId("import-effective");

        leaversLeft.setLabel(getTranslation("import.leavers"));
        leaversLeft.setHelperText(getTranslation("import.leavers.help"));
        leaversLeft.setId("import-leavers");

        what.addValueChangeListener(e -> {
            leaversLeft.setVisible(e.getValue() == What.STAFF);
            forgetFile();
        });
        effective.addValueChangeListener(e -> refreshPreview());
        leaversLeft.addValueChangeListener(e -> refreshPreview());

        status.getElement().setAttribute("role", "status");
        status.setId("import-status");
        preview.setId("import-preview");
        preview.setWidthFull();
        SpreadsheetUpload upload = new SpreadsheetUpload((bytes, name) -> {
            file = bytes;
            fileName = name;
            refreshPreview();
        }, tooBig -> {
            forgetFile();
            showRefusal(tooBig);
        }, this::showRefusal);
        add(new ImportTemplates(), what, effective, leaversLeft, upload, status, preview);
    }

    private void forgetFile() {
        file = null;
        fileName = null;
        preview.removeAll();
        status.setText("");
    }

    private void refreshPreview() {
        preview.removeAll();
        if (file == null || effective.getValue() == null) {
            return;
        }
        try {
            ImportPreview p = what.getValue() == What.STAFF
                ? staff.preview(file, fileName, effective.getValue(), leaversLeft.getValue())
                : organisation.preview(file, fileName, effective.getValue());
            show(p);
        } catch (RuleViolation refused) {
            showRefusal(message(refused.messageKey(), refused.arguments()));
        }
    }

    private void showRefusal(String text) {
        preview.removeAll();
        status.setText(getTranslation("import.refused", text));
        Feedback.problem(this, getTranslation("import.refused", text));
    }

    private void show(ImportPreview p) {
        preview.removeAll();
        status.setText(getTranslation("import.summary", p.fileName(), p.rows(), p.count(PlannedChange.Kind.CREATE),
            p.count(PlannedChange.Kind.CHANGE), p.count(PlannedChange.Kind.END), p.unchanged(), p.problems().size()));
        if (!p.problems().isEmpty()) {
            H3 heading = new H3(getTranslation("import.problems", p.problems().size()));
            Paragraph nothing = new Paragraph(getTranslation("import.problems.help"));
            Grid<ImportProblem> problems = ImportGrids.problems(p.problems(), pr -> message(pr.messageKey(), pr.arguments().toArray()));
            preview.add(heading, nothing, problems);
            return;
        }
        if (p.changes().isEmpty()) {
            preview.add(new Paragraph(getTranslation("import.nothing")));
            return;
        }
        Grid<PlannedChange> changes = ImportGrids.changes(p.changes());

        ProgressBar bar = new ProgressBar(0, Math.max(1, p.changes().size()));
        bar.setVisible(false);
        bar.setId("import-progress");
        bar.getElement().setAttribute("aria-label", getTranslation("import.progress"));
        Button confirm = new Button(getTranslation("import.confirm", p.changes().size()));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("import-confirm");
        confirm.addClickListener(e -> confirm(confirm, bar));
        preview.add(new H3(getTranslation("import.changes")), changes, new HorizontalLayout(confirm, bar));
    }

    /** Writes in the background (one transaction), so the progress bar moves while it works (server push). */
    private void confirm(Button confirm, ProgressBar bar) {
        UI ui = UI.getCurrent();
        confirm.setEnabled(false);
        what.setEnabled(false);
        effective.setEnabled(false);
        leaversLeft.setEnabled(false);
        bar.setVisible(true);
        byte[] bytes = file;
        String name = fileName;
        What kind = what.getValue();
        LocalDate day = effective.getValue();
        boolean leavers = leaversLeft.getValue();
        IntConsumer progress = done -> ui.access(() -> bar.setValue(done));
        Runnable work = () -> {
            try {
                ImportResult result = kind == What.STAFF ? staff.apply(bytes, name, day, leavers, progress)
                    : organisation.apply(bytes, name, day, progress);
                ui.access(() -> done(result, kind));
            } catch (ImportRefused refused) {
                ui.access(() -> {
                    unlock();
                    show(refused.preview());
                });
            } catch (RuleViolation refused) {
                ui.access(() -> {
                    unlock();
                    showRefusal(message(refused.messageKey(), refused.arguments()));
                });
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(ImportView.class).error("Import of {} failed", name, e);
                ui.access(() -> {
                    unlock();
                    showRefusal(getTranslation("import.failed"));
                });
            }
        };
        try {
            jobs.start(work);
        } catch (RuleViolation busy) {
            unlock();
            showRefusal(message(busy.messageKey(), busy.arguments()));
        }
    }

    private void unlock() {
        what.setEnabled(true);
        effective.setEnabled(true);
        leaversLeft.setEnabled(true);
    }

    private void done(ImportResult result, What kind) {
        unlock();
        file = null;
        preview.removeAll();
        status.setText(getTranslation("import.done", result.created(), result.changed(), result.ended()));
        Feedback.saved(this, "import.done", result.created(), result.changed(), result.ended());
        RouterLink next = kind == What.STAFF ? new RouterLink(getTranslation("import.done.people"), PeopleView.class)
            : new RouterLink(getTranslation("import.done.centres"), CentresView.class);
        next.setId("import-done-link");
        preview.add(next);
    }

    private String message(String key, Object[] args) {
        Object[] shown = Arrays.stream(args).map(a -> a instanceof LocalDate d ? Dates.day(d, getLocale()) : a).toArray();
        return getTranslation(key, shown);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.import");
    }
}
