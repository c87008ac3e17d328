package org.centrecpd.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.service.AuditFilter;
import org.centrecpd.audit.service.AuditLog;
import org.centrecpd.audit.domain.AuditRow;
import org.centrecpd.base.export.Table;
import org.centrecpd.base.export.TableFiles;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Lazy;

/**
 * Admins: who did what and when. Filters by person (actor or subject), action and UK days; the grid
 * pages in the database; the export holds what the filter finds and is itself audited.
 */
@Route("admin/audit")
@Menu(title = "nav.audit", order = 95, icon = "vaadin:records")
@RolesAllowed("ADMIN")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    /** The log is kept in UTC; admins read UK times. */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final AuditLog log;
    private final TextField person = new TextField();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DatePicker from = Dates.picker();
    private final DatePicker to = Dates.picker();
    private final Grid<AuditRow> grid = new Grid<>(AuditRow.class, false);

    public AuditLogView(AuditLog log) {
        this.log = log;
        setSizeFull();
        person.setLabel(getTranslation("audit.person"));
        person.setHelperText(getTranslation("audit.person.help"));
        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.setClearButtonVisible(true);
        person.setPrefixComponent(VaadinIcon.SEARCH.create());
        person.setId("audit-person");
        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> getTranslation(key(a)));
        action.setClearButtonVisible(true);
        action.setPlaceholder(getTranslation("audit.action.all"));
        action.setId("audit-action");
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.setId("audit-from");
        to.setId("audit-to");
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        person.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(r -> when.format(r.occurredAt().atZone(UK))).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditRow::actor).setHeader(getTranslation("audit.actor")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(key(r.action()))).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditRow::subject).setHeader(getTranslation("audit.subject")).setFlexGrow(2);
        grid.addColumn(r -> r.detail() == null ? "" : r.detail()).setHeader(getTranslation("audit.detail")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(q -> log.find(filter(), Lazy.page(q)).stream(), q -> (int) log.count(filter()));
        grid.setAriaLabel(getTranslation("audit.grid"));
        grid.setId("audit-grid");
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(person, action, from, to);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout exports = new HorizontalLayout(
            link("audit-log.csv", "CSV", TableFiles.CSV_TYPE, TableFiles::csv, getTranslation("audit.export.csv")),
            link("audit-log.xlsx", "XLSX", TableFiles.XLSX_TYPE, TableFiles::xlsx, getTranslation("audit.export.xlsx")));
        exports.addClassName("export-links");
        add(filters, exports, grid);
    }

    private AuditFilter filter() {
        return new AuditFilter(person.getValue(), action.getValue(), from.getValue(), to.getValue());
    }

    private static String key(AuditAction a) {
        return "audit.action." + a.name();
    }

    private Anchor link(String name, String format, String type, Function<Table, byte[]> writer, String text) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = writer.apply(table(log.export(filter(), format)));
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
        }), "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" " + text));
        anchor.getElement().setAttribute("download", name);
        anchor.setId("audit-export-" + format.toLowerCase(java.util.Locale.ROOT));
        return anchor;
    }

    private Table table(List<AuditRow> rows) {
        return new Table(getTranslation("nav.audit"), List.of(getTranslation("audit.when"), getTranslation("audit.actor"),
            getTranslation("audit.action"), getTranslation("audit.subject"), getTranslation("audit.detail")),
            rows.stream().map(r -> Arrays.<Object>asList(r.occurredAt().atZone(UK).toLocalDateTime(), r.actor(),
                getTranslation(key(r.action())), r.subject(), r.detail())).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
