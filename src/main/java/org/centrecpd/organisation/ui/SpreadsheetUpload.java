package org.centrecpd.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.centrecpd.base.export.TableFiles;
import org.centrecpd.base.ui.Uploads;
import org.centrecpd.organisation.importing.ImportFiles;

/**
 * The upload of one spreadsheet to import (CSV or XLSX). It stops at the size limit: the server enforces it; the
 * browser's check is a courtesy. What to do with the file, or with a refusal (in our words), is the view's.
 */
final class SpreadsheetUpload extends VerticalLayout {

    /**
     * @param onFile   the bytes and the file's name, on the UI thread
     * @param onTooBig the refusal of a file over the limit, once the server has stopped reading it
     * @param onRefused the browser's refusal (too big, or not a spreadsheet), in our words
     */
    SpreadsheetUpload(BiConsumer<byte[], String> onFile, Consumer<String> onTooBig, Consumer<String> onRefused) {
        Upload upload = new Upload();
        String tooBig = getTranslation("import.file.tooBig", ImportFiles.MAX_BYTES / (1024 * 1024));
        UploadHandler handler = new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                UI ui = event.getUI();
                byte[] bytes = readAtMost(event.getInputStream(), ImportFiles.MAX_BYTES);
                String name = event.getFileName();
                if (bytes == null) {
                    event.reject(tooBig);
                    ui.access(() -> {
                        Uploads.forgetRefused(upload);
                        onTooBig.accept(tooBig);
                    });
                    return;
                }
                ui.access(() -> onFile.accept(bytes, name));
            }

            @Override
            public long getFileSizeMax() {
                return ImportFiles.MAX_BYTES;
            }
        };
        upload.setUploadHandler(handler);
        Uploads.refuseInOurWords(upload, ImportFiles.MAX_BYTES, name -> tooBig, getTranslation("import.file.notSpreadsheet"), onRefused);
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv", TableFiles.XLSX_TYPE.split(";")[0]);
        upload.setDropAllowed(true);
        upload.setId("import-upload");
        upload.getElement().setAttribute("aria-label", getTranslation("import.upload"));
        Paragraph help = new Paragraph(getTranslation("import.upload.help", ImportFiles.MAX_BYTES / (1024 * 1024)));
        help.addClassName("secondary");
        add(new H2(getTranslation("import.upload")), upload, help);
        setPadding(false);
    }

    /** The bytes, or null when there are more than {@code max}. */
    static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream source = in) {
            for (int n; (n = source.read(buffer)) > 0; ) {
                if (out.size() + n > max) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }
}
