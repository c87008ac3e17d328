package org.centrecpd.training.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Function;
import org.centrecpd.audit.PersonalDataExports;
import org.centrecpd.base.export.Table;
import org.centrecpd.base.export.TableFiles;

/**
 * "Download CSV" and "Download Excel" for the table on screen. The table is built when the link is
 * followed, from the same scoped service call as the screen, so it holds what the user may see now.
 * A table that names people is recorded in the audit log when downloaded (pass the recorder); an
 * aggregate (counts per centre) is not personal data and passes {@code null}.
 */
final class ExportLinks extends HorizontalLayout {

    ExportLinks(String fileName, SerializableSupplier<Table> table, PersonalDataExports audit) {
        setSpacing(true);
        addClassName("export-links");
        add(link(fileName + ".csv", TableFiles.CSV_TYPE, TableFiles::csv, table, audit, getTranslation("training.export.csv")),
            link(fileName + ".xlsx", TableFiles.XLSX_TYPE, TableFiles::xlsx, table, audit, getTranslation("training.export.xlsx")));
    }

    private static Anchor link(String name, String type, Function<Table, byte[]> format, SerializableSupplier<Table> table,
                               PersonalDataExports audit, String text) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            Table t = table.get();
            byte[] bytes = format.apply(t);
            if (audit != null) {
                audit.recorded(t.title(), name + ", " + t.rows().size() + " rows");
            }
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
        }), "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new com.vaadin.flow.component.html.Span(" " + text));
        anchor.getElement().setAttribute("download", name);
        return anchor;
    }
}
