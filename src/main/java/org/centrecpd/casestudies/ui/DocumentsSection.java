package org.centrecpd.casestudies.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import java.util.HashMap;
import java.util.Map;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.ui.ConfirmDestructive;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.base.ui.Uploads;
import org.centrecpd.casestudies.domain.ExtractionStatus;
import org.centrecpd.casestudies.service.CaseStudyPage;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.casestudies.service.ExtractionWorker;

/**
 * A case study's documents: each with a download link and, while its text is read, a status that updates by
 * itself; for its writers, removing a document and uploading another.
 */
class DocumentsSection extends Section {

    private final long id;
    private final transient CaseStudyService caseStudies;
    private final Runnable refresh;
    private final Map<Long, Span> statuses = new HashMap<>();

    DocumentsSection(long id, CaseStudyPage page, CaseStudyService caseStudies, Runnable refresh) {
        this.id = id;
        this.caseStudies = caseStudies;
        this.refresh = refresh;
        add(new H2(getTranslation("casestudies.documents")));
        setId("case-study-documents");
        if (page.attachments().isEmpty()) {
            add(new Paragraph(getTranslation("casestudies.documents.none")));
        } else {
            UnorderedList list = new UnorderedList();
            for (CaseStudyPage.AttachmentRow a : page.attachments()) {
                Anchor link = new Anchor("case-study-files/" + a.id(), new org.centrecpd.base.ui.Isolated(a.fileName()));
                link.getElement().setAttribute("download", true);
                link.getElement().setAttribute("aria-label", getTranslation("casestudies.documents.download", a.fileName()));
                Span status = new Span(statusText(a.status(), a.failureKey(), a.truncated()));
                status.addClassName("extraction-status");
                status.getElement().setAttribute("data-status", a.status().name());
                statuses.put(a.id(), status);
                ListItem item = new ListItem(link, new Span(" (" + a.fileType() + ", " + kilobytes(a.sizeBytes()) + ") "), status);
                if (page.mayEdit()) {
                    Button remove = new Button(getTranslation("casestudies.documents.remove"), e -> confirmRemove(a));
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                    remove.getElement().setAttribute("aria-label", getTranslation("casestudies.documents.remove.label", a.fileName()));
                    item.add(new Span(" "), remove);
                }
                list.add(item);
            }
            add(list);
        }
        if (page.mayEdit()) {
            add(upload());
        }
    }

    /** A document's reading status changed (told by the reader, through server push). */
    void show(ExtractionWorker.Change change) {
        Span status = statuses.get(change.attachmentId());
        if (status != null) {
            status.setText(statusText(change.status(), change.failureKey(), false));
            status.getElement().setAttribute("data-status", change.status().name());
        }
    }

    private void confirmRemove(CaseStudyPage.AttachmentRow attachment) {
        ConfirmDestructive.open("confirm-remove-document", getTranslation("casestudies.documents.remove.title", attachment.fileName()),
            getTranslation("casestudies.documents.remove.text"), getTranslation("casestudies.documents.remove"),
            getTranslation("action.cancel"), () -> {
                try {
                    Feedback.saved(this, "casestudies.documents.removed", caseStudies.removeAttachment(id, attachment.id()));
                } catch (RuleViolation refused) {
                    Feedback.explain(this, refused);
                } catch (NotFoundException gone) {
                    // Removed meanwhile (another tab, a colleague): the page below shows it as it is now.
                }
                refresh.run();
            });
    }

    private String statusText(ExtractionStatus status, String failureKey, boolean truncated) {
        String text = status == ExtractionStatus.FAILED
            ? getTranslation("casestudies.extraction.FAILED", getTranslation(failureKey == null ? "casestudies.file.damaged" : failureKey))
            : getTranslation("casestudies.extraction." + status.name());
        return truncated ? text + " " + getTranslation("casestudies.extraction.truncated") : text;
    }

    private static String kilobytes(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB" : String.format("%.1f MB", bytes / (1024.0 * 1024));
    }

    /**
     * The upload streams to a temporary file and stops at the size limit (the server enforces it;
     * the browser's own check is only a courtesy), then hands the file to the service, which checks
     * its type by content and stores it.
     */
    private Component upload() {
        long max = caseStudies.maxUpload().toBytes();
        Upload upload = new Upload();
        upload.setUploadHandler(Uploads.toTemporaryFile(upload, this, max,
            name -> getTranslation("casestudies.file.tooBig", name, max / (1024 * 1024)), (name, file) -> caseStudies.attach(id, name, file),
            name -> {
                Feedback.saved(this, "casestudies.file.uploaded", name);
                refresh.run();
            }));
        Uploads.refuseInOurWords(upload, max, name -> getTranslation("casestudies.file.tooBig", name, max / (1024 * 1024)), null,
            text -> Feedback.problem(this, text));
        upload.setDropAllowed(true);
        upload.setId("case-study-upload");
        upload.getElement().setAttribute("aria-label", getTranslation("casestudies.documents.upload"));
        Paragraph help = new Paragraph(getTranslation("casestudies.documents.upload.help", max / (1024 * 1024)));
        help.addClassName("secondary");
        VerticalLayout box = new VerticalLayout(new Span(getTranslation("casestudies.documents.upload")), upload, help);
        box.setPadding(false);
        return box;
    }
}
