package org.centrecpd.training.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.training.domain.CompletionDetails;
import org.centrecpd.training.service.CpdRecord;
import org.centrecpd.training.service.CpdRecordService;
import org.centrecpd.training.domain.CpdYear;
import org.centrecpd.training.domain.PeriodOfCertification;

/** My CPD record: hours per year, every completed course with a certificate to download. */
@Route("training/record")
@Menu(title = "nav.cpdRecord", order = 6, icon = "vaadin:diploma")
@PermitAll
public class CpdRecordView extends VerticalLayout implements HasDynamicTitle {

    public CpdRecordView(CpdRecordService records) {
        // The page's h1 (the layout's) already says "My CPD record".
        add(content(this, records, records.myRecord(), null));
        // A copy of everything held about me (privacy module): a link by address, so training does not depend on it.
        Anchor myData = new Anchor("privacy/my-data", getTranslation("training.record.myData"));
        myData.setId("my-data-link");
        add(new H2(getTranslation("training.record.myDataTitle")), new Paragraph(getTranslation("training.record.myDataIntro")), myData);
    }

    /**
     * The record's tables; shared with a person's training page for managers, where {@code afterWithdrawing} is given:
     * an issued certificate can then be withdrawn (with a reason), and the record is shown again afterwards.
     */
    static VerticalLayout content(com.vaadin.flow.component.Component in, CpdRecordService records, CpdRecord record,
                                  Runnable afterWithdrawing) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        if (record.completions().isEmpty() && record.evidence().isEmpty()) {
            layout.add(new Paragraph(in.getTranslation("training.record.none")));
            return layout;
        }
        Grid<CpdYear> years = new Grid<>(CpdYear.class, false);
        years.addColumn(CpdYear::year).setHeader(in.getTranslation("training.record.year"));
        years.addColumn(CpdYear::courses).setHeader(in.getTranslation("training.record.courses"));
        years.addColumn(y -> y.hours().stripTrailingZeros().toPlainString()).setHeader(in.getTranslation("training.record.hours"));
        years.addColumn(y -> in.getTranslation("training.evidence.external", y.external())).setHeader(in.getTranslation("training.evidence.title"));
        years.setItems(record.years());
        years.setAllRowsVisible(true);
        years.setAriaLabel(in.getTranslation("training.record.perYear"));
        years.setId("cpd-years");
        Grid<CompletionDetails> done = new Grid<>(CompletionDetails.class, false);
        done.addColumn(CompletionDetails::courseTitle).setHeader(in.getTranslation("training.course")).setFlexGrow(2);
        done.addColumn(CompletionDetails::version).setHeader(in.getTranslation("training.record.version"));
        done.addColumn(c -> Dates.day(c.completedOn(), com.vaadin.flow.component.UI.getCurrent().getLocale())).setHeader(in.getTranslation("training.completedOn"));
        done.addColumn(c -> c.cpdHours().stripTrailingZeros().toPlainString()).setHeader(in.getTranslation("training.record.hours"));
        done.addComponentColumn(c -> {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                var file = records.certificate(c.completionId());
                return new DownloadResponse(new ByteArrayInputStream(file.pdf()), file.fileName(), "application/pdf", file.pdf().length);
            }), in.getTranslation("training.record.certificate"));
            link.getElement().setAttribute("download", true);
            link.getElement().setAttribute("aria-label", in.getTranslation("training.record.certificateOf", c.courseTitle()));
            return link;
        }).setHeader(in.getTranslation("training.record.certificate"));
        if (afterWithdrawing != null) {
            done.addComponentColumn(c -> record.certificatesInForce().contains(c.completionId())
                    ? withdrawButton(in, records, c, afterWithdrawing) : new com.vaadin.flow.component.html.Span())
                .setHeader(in.getTranslation("training.actions"));
        }
        done.setItems(record.completions());
        done.setAllRowsVisible(true);
        done.setAriaLabel(in.getTranslation("training.record.completions"));
        done.setId("cpd-completions");
        layout.add(new H2(in.getTranslation("training.record.perYear")), years, new H2(in.getTranslation("training.record.completions")), done);
        layout.add(new H2(in.getTranslation("training.period.title")), certifications(in, record));
        layout.add(new H2(in.getTranslation("training.evidence.title")), external(in, record));
        return layout;
    }

    /** Asks for a reason, then withdraws the certificate: its code then answers "withdrawn" on the verification page. */
    private static com.vaadin.flow.component.Component withdrawButton(com.vaadin.flow.component.Component in, CpdRecordService records,
                                                                      CompletionDetails c, Runnable afterWithdrawing) {
        com.vaadin.flow.component.button.Button withdraw = new com.vaadin.flow.component.button.Button(
            in.getTranslation("training.withdraw"), e -> {
                com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
                dialog.setHeaderTitle(in.getTranslation("training.withdraw.title", c.courseTitle()));
                com.vaadin.flow.component.textfield.TextField reason = new com.vaadin.flow.component.textfield.TextField(
                    in.getTranslation("training.withdraw.reason"));
                reason.setMaxLength(500);
                reason.setWidthFull();
                reason.setId("withdraw-reason");
                com.vaadin.flow.component.button.Button confirm = new com.vaadin.flow.component.button.Button(
                    in.getTranslation("training.withdraw.confirm"), ok -> {
                        records.withdraw(c.completionId(), reason.getValue());
                        dialog.close();
                        org.centrecpd.base.ui.Feedback.saved(in, "training.withdraw.done", c.courseTitle());
                        afterWithdrawing.run();
                    });
                confirm.setId("withdraw-confirm");
                confirm.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY,
                    com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR);
                com.vaadin.flow.component.button.Button keep = new com.vaadin.flow.component.button.Button(
                    in.getTranslation("training.withdraw.keep"), no -> dialog.close());
                dialog.add(new Paragraph(in.getTranslation("training.withdraw.explain")), reason);
                dialog.getFooter().add(keep, confirm);
                dialog.open();
            });
        withdraw.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY,
            com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR);
        withdraw.getElement().setAttribute("aria-label", in.getTranslation("training.withdraw.label", c.courseTitle()));
        return withdraw;
    }

    /** Every certification period: completed, valid from and until, and renewed (when), lapsed or current. */
    /** Learning recorded from elsewhere, verified or not (only verified evidence counts in the hours above). */
    private static com.vaadin.flow.component.Component external(com.vaadin.flow.component.Component in, CpdRecord record) {
        var locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        Grid<org.centrecpd.training.domain.EvidenceRow> grid = new Grid<>(org.centrecpd.training.domain.EvidenceRow.class, false);
        grid.addColumn(org.centrecpd.training.domain.EvidenceRow::title).setHeader(in.getTranslation("training.evidence.field.title")).setFlexGrow(2);
        grid.addColumn(org.centrecpd.training.domain.EvidenceRow::provider).setHeader(in.getTranslation("training.evidence.field.provider"));
        grid.addColumn(e -> Dates.day(e.completedOn(), locale)).setHeader(in.getTranslation("training.evidence.field.date"));
        grid.addColumn(e -> e.cpdHours().stripTrailingZeros().toPlainString()).setHeader(in.getTranslation("training.evidence.field.hours"));
        grid.addColumn(e -> in.getTranslation("training.evidence.status." + e.status().name())
            + (e.courseTitle() == null ? "" : " (" + in.getTranslation("training.evidence.countsAs", e.courseTitle()) + ")"))
            .setHeader(in.getTranslation("training.status")).setFlexGrow(2);
        grid.setItems(record.evidence());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(in.getTranslation("training.evidence.grid"));
        grid.setId("cpd-external");
        return grid;
    }

    private static com.vaadin.flow.component.Component certifications(com.vaadin.flow.component.Component in, CpdRecord record) {
        if (record.certifications().isEmpty()) {
            Paragraph none = new Paragraph(in.getTranslation("training.period.none"));
            none.setId("cpd-certifications");
            return none;
        }
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        Grid<PeriodOfCertification> periods = new Grid<>(PeriodOfCertification.class, false);
        periods.addColumn(PeriodOfCertification::courseTitle).setHeader(in.getTranslation("training.course")).setFlexGrow(2);
        periods.addColumn(p -> Dates.day(p.completedOn(), locale)).setHeader(in.getTranslation("training.period.completed"));
        periods.addColumn(p -> Dates.day(p.validFrom(), locale)).setHeader(in.getTranslation("training.period.validFrom"));
        periods.addColumn(p -> Dates.day(p.validUntil(), locale)).setHeader(in.getTranslation("training.validUntil"));
        periods.addColumn(p -> in.getTranslation(p.outcome().key(), p.renewedOn() == null ? "" : Dates.day(p.renewedOn(), locale)))
            .setHeader(in.getTranslation("training.period.outcome"));
        periods.setItems(record.certifications());
        periods.setAllRowsVisible(true);
        periods.setAriaLabel(in.getTranslation("training.period.title"));
        periods.setId("cpd-certifications");
        return periods;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.record.title");
    }
}
