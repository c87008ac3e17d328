package org.centrecpd.briefings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.base.ui.Isolated;
import org.centrecpd.base.ui.Uploads;
import org.centrecpd.briefings.service.BriefingFiles;
import org.centrecpd.briefings.service.BriefingPage;

/**
 * The documents of a draft or scheduled briefing, for its author: each with a button to remove it, and an upload
 * field that takes PDF or Word files up to the limit. The upload streams to a temporary file and stops at the limit;
 * the service checks the type by content and stores it.
 */
class BriefingDocuments extends Section {

    private final BriefingFiles files;
    private final long briefingId;
    private final UnorderedList list = new UnorderedList();

    BriefingDocuments(BriefingFiles files, long briefingId) {
        this.files = files;
        this.briefingId = briefingId;
        setId("briefing-documents-edit");
        long max = files.maxUpload().toBytes();
        long megabytes = max / (1024 * 1024);
        Upload upload = new Upload();
        upload.setUploadHandler(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                UI ui = event.getUI();
                Path file = Files.createTempFile("centrecpd-briefing-", ".bin");
                try {
                    if (copyAtMost(event.getInputStream(), file, max)) {
                        String text = getTranslation("briefings.file.tooBig", event.getFileName(), megabytes);
                        event.reject(text);
                        ui.access(() -> {
                            Uploads.forgetRefused(upload);
                            Feedback.problem(BriefingDocuments.this, text);
                        });
                        return;
                    }
                    try {
                        files.attach(briefingId, event.getFileName(), file);
                        ui.access(() -> {
                            Feedback.saved(BriefingDocuments.this, "briefings.files.uploaded", event.getFileName());
                            refresh();
                        });
                    } catch (RuleViolation refused) {
                        event.reject(refused.messageKey());
                        ui.access(() -> {
                            Uploads.forgetRefused(upload);
                            Feedback.explain(BriefingDocuments.this, refused);
                        });
                    }
                } finally {
                    Files.deleteIfExists(file);
                }
            }

            @Override
            public long getFileSizeMax() {
                return max;
            }
        });
        upload.setAcceptedFileTypes("application/pdf", ".pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
        Uploads.refuseInOurWords(upload, max, name -> getTranslation("briefings.file.tooBig", name, megabytes),
            getTranslation("briefings.file.type", ""), text -> Feedback.problem(this, text));
        upload.setDropAllowed(true);
        upload.setId("briefing-upload");
        upload.getElement().setAttribute("aria-label", getTranslation("briefings.files.upload"));
        Paragraph help = new Paragraph(getTranslation("briefings.files.upload.help", megabytes));
        help.addClassName("secondary");
        list.setId("briefing-documents");
        add(new H3(getTranslation("briefings.files")), list, new Span(getTranslation("briefings.files.upload")), upload, help);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var documents = files.of(briefingId);
        if (documents.isEmpty()) {
            list.add(new ListItem(getTranslation("briefings.files.none")));
        }
        for (BriefingPage.Document d : documents) {
            Button remove = new Button(getTranslation("briefings.files.remove", d.fileName()), e -> {
                try {
                    files.remove(d.id());
                    Feedback.saved(this, "briefings.files.removed");
                    refresh();
                } catch (RuntimeException ex) {
                    if (!Feedback.explain(this, ex)) {
                        throw ex;
                    }
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            list.add(new ListItem(new Isolated(d.fileName()), new Span(" (" + d.kind() + ") "), remove));
        }
    }

    /** Copies at most {@code max} bytes; true if there was more (the file is then incomplete and refused). */
    private static boolean copyAtMost(InputStream in, Path file, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream source = in; OutputStream out = Files.newOutputStream(file)) {
            for (int n; (n = source.read(buffer)) > 0; ) {
                total += n;
                if (total > max) {
                    return true;
                }
                out.write(buffer, 0, n);
            }
        }
        return false;
    }
}
