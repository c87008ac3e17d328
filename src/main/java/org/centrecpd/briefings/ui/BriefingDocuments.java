package org.centrecpd.briefings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
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
        upload.setUploadHandler(Uploads.toTemporaryFile(upload, this, max,
            name -> getTranslation("briefings.file.tooBig", name, megabytes), (name, file) -> files.attach(briefingId, name, file),
            name -> {
                Feedback.saved(this, "briefings.files.uploaded", name);
                refresh();
            }));
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
}
