package org.centrecpd.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Function;
import org.centrecpd.base.export.Table;
import org.centrecpd.base.export.TableFiles;

/**
 * "Download CSV" and "Download Excel" for a table on screen, built when the link is followed from the same
 * scoped service call as the screen (so it holds what the user may see then). {@code onDownload}, if given,
 * is told of each download (e.g. to audit it). Training's own links predate this class.
 */
public final class TableDownloads extends HorizontalLayout {

    public TableDownloads(String fileName, SerializableSupplier<Table> table, java.util.function.BiConsumer<String, Table> onDownload) {
        setSpacing(true);
        addClassName("export-links");
        add(link(fileName + ".csv", TableFiles.CSV_TYPE, TableFiles::csv, table, onDownload, getTranslation("export.csv")),
            link(fileName + ".xlsx", TableFiles.XLSX_TYPE, TableFiles::xlsx, table, onDownload, getTranslation("export.xlsx")));
    }

    private static Anchor link(String name, String type, Function<Table, byte[]> format, SerializableSupplier<Table> table,
                               java.util.function.BiConsumer<String, Table> onDownload, String text) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            Table t = table.get();
            byte[] bytes = format.apply(t);
            if (onDownload != null) {
                onDownload.accept(name, t);
            }
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
        }), "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" " + text));
        anchor.getElement().setAttribute("download", name);
        return anchor;
    }
}
