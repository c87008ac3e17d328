package org.centrecpd.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Function;
import org.centrecpd.base.export.Table;
import org.centrecpd.base.export.TableFiles;
import org.centrecpd.organisation.importing.ImportFiles;

/** The blank staff and organisation spreadsheets, as CSV and XLSX, for an admin to fill in before importing. */
class ImportTemplates extends VerticalLayout {

    ImportTemplates() {
        setPadding(false);
        setSpacing(false);
        add(new H2(getTranslation("import.templates")));
        add(templateLinks("staff-template", getTranslation("import.template.staff"), ImportFiles.staffTemplate()));
        add(templateLinks("organisation-template", getTranslation("import.template.organisation"), ImportFiles.organisationTemplate()));
    }

    private Component templateLinks(String name, String label, Table table) {
        // Each link's accessible name begins with the file name it shows (WCAG 2.5.3, label in name).
        String template = label.endsWith(":") ? label.substring(0, label.length() - 1) : label;
        HorizontalLayout row = new HorizontalLayout(new Span(label),
            download(name + ".csv", TableFiles.CSV_TYPE, TableFiles::csv, table, getTranslation("import.template.csv", template, name + ".csv")),
            download(name + ".xlsx", TableFiles.XLSX_TYPE, TableFiles::xlsx, table, getTranslation("import.template.xlsx", template, name + ".xlsx")));
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private static Anchor download(String name, String type, Function<Table, byte[]> format, Table table, String label) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = format.apply(table);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
        }), "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" " + name));
        anchor.getElement().setAttribute("download", name);
        anchor.getElement().setAttribute("aria-label", label);
        anchor.setId(name.replace('.', '-'));
        return anchor;
    }
}
