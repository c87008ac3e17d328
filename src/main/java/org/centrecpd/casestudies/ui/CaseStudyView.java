package org.centrecpd.casestudies.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.ConfirmDestructive;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.casestudies.domain.CaseStudyStatus;
import org.centrecpd.casestudies.domain.ExtractionStatus;
import org.centrecpd.casestudies.search.CaseStudySearch;
import org.centrecpd.casestudies.search.SearchResults;
import org.centrecpd.casestudies.service.CaseStudyPage;
import org.centrecpd.casestudies.service.CaseStudyReading;
import org.centrecpd.casestudies.service.CaseStudyReview;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.casestudies.service.ExtractionWorker;
import org.centrecpd.organisation.service.CentreService;

/**
 * A case study's page: what was done, where and with what outcomes; its documents (each with a
 * download link and, while its text is read, a status that updates by itself); for its writers,
 * editing and adding documents; for the partners overseeing it, the review; for readers, related
 * case studies. Another id, or one the reader may not see, answers "not found".
 */
@Route("case-studies/:id([0-9]+)")
@PermitAll
public class CaseStudyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseStudyReading reading;
    private final CaseStudyService caseStudies;
    private final CaseStudyReview review;
    private final CaseStudySearch search;
    private final CentreService centres;
    private final ExtractionWorker worker;
    private final Clock clock;
    private final Map<Long, Span> statuses = new HashMap<>();
    private Runnable unsubscribe = () -> { };
    private long id;
    private String title = "";

    public CaseStudyView(CaseStudyReading reading, CaseStudyService caseStudies, CaseStudyReview review, CaseStudySearch search,
                         CentreService centres, ExtractionWorker worker, Clock clock) {
        this.clock = clock;
        this.reading = reading;
        this.review = review;
        this.caseStudies = caseStudies;
        this.search = search;
        this.centres = centres;
        this.worker = worker;
        addClassName("case-study");
    }

    public static RouteParameters parameters(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElseThrow(() -> new NotFoundException("Case study"));
        show(reading.page(id));
    }

    private void show(CaseStudyPage page) {
        removeAll();
        statuses.clear();
        title = page.title(); // shown as the page's heading by the app layout
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
        Paragraph meta = new Paragraph(getTranslation("casestudies.status." + page.status().name()) + " · " + page.year() + " · "
            + getTranslation("casestudies.author", page.author()));
        meta.setId("case-study-status");
        add(meta);
        if (page.status().isPublished()) {
            add(new Paragraph(getTranslation(page.publishedToAll() ? "casestudies.publishedToAll" : "casestudies.publishedToRemit")));
        }
        if (!page.places().isEmpty()) {
            add(new Paragraph(getTranslation("casestudies.where") + ": " + String.join("; ", page.places())));
        }
        add(new Paragraph(page.summary()));
        if (page.outcomes() != null) {
            add(new H2(getTranslation("casestudies.form.outcomes")), new Paragraph(page.outcomes()));
        }
        if (!page.areas().isEmpty() || !page.qualities().isEmpty()) {
            UnorderedList tags = new UnorderedList();
            page.areas().forEach(a -> tags.add(new ListItem(getTranslation(a.key()))));
            page.qualities().forEach(q -> tags.add(new ListItem(getTranslation(q.key()))));
            tags.addClassName("tags");
            add(tags);
        }
        if (page.basedOn() != null) {
            add(new Paragraph(getTranslation("casestudies.basedOn", page.basedOn())));
        }
        if (page.mayEdit()) {
            add(new Button(getTranslation("casestudies.edit"), e -> new CaseStudyEditor(caseStudies, centres, clock, page,
                saved -> show(reading.page(id))).open()));
        }
        add(documents(page));
        if (page.mayReview() || page.mayEdit()) {
            add(review(page));
        }
        add(related());
    }

    private Component documents(CaseStudyPage page) {
        Section section = new Section(new H2(getTranslation("casestudies.documents")));
        section.setId("case-study-documents");
        if (page.attachments().isEmpty()) {
            section.add(new Paragraph(getTranslation("casestudies.documents.none")));
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
            section.add(list);
        }
        if (page.mayEdit()) {
            section.add(upload());
        }
        return section;
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
                show(reading.page(id));
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
        UploadHandler handler = new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                UI ui = event.getUI();
                Path file = Files.createTempFile("centrecpd-upload-", ".bin");
                try {
                    boolean tooBig = copyAtMost(event.getInputStream(), file, max);
                    if (tooBig) {
                        event.reject(getTranslation("casestudies.file.tooBig", event.getFileName(), max / (1024 * 1024)));
                        ui.access(() -> Feedback.problem(CaseStudyView.this,
                            getTranslation("casestudies.file.tooBig", event.getFileName(), max / (1024 * 1024))));
                        return;
                    }
                    try {
                        caseStudies.attach(id, event.getFileName(), file);
                        ui.access(() -> {
                            Feedback.saved(CaseStudyView.this, "casestudies.file.uploaded", event.getFileName());
                            show(reading.page(id));
                        });
                    } catch (RuleViolation refused) {
                        event.reject(refused.messageKey());
                        ui.access(() -> Feedback.explain(CaseStudyView.this, refused));
                    }
                } finally {
                    Files.deleteIfExists(file);
                }
            }

            @Override
            public long getFileSizeMax() {
                return max;
            }
        };
        Upload upload = new Upload(handler);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        upload.setDropAllowed(true);
        upload.setId("case-study-upload");
        upload.getElement().setAttribute("aria-label", getTranslation("casestudies.documents.upload"));
        Paragraph help = new Paragraph(getTranslation("casestudies.documents.upload.help", max / (1024 * 1024)));
        help.addClassName("secondary");
        VerticalLayout box = new VerticalLayout(new Span(getTranslation("casestudies.documents.upload")), upload, help);
        box.setPadding(false);
        return box;
    }

    /** Copies the upload into {@code file}; true (and nothing kept) if it is larger than {@code max} bytes. */
    static boolean copyAtMost(InputStream in, Path file, long max) throws IOException {
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

    private Component review(CaseStudyPage page) {
        Section section = new Section(new H2(getTranslation("casestudies.review")));
        section.setId("case-study-review");
        TextArea comment = new TextArea(getTranslation("casestudies.review.comment"));
        comment.setWidthFull();
        comment.setMaxLength(4000);
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.add(action("casestudies.review.addComment", () -> review.comment(id, comment.getValue())));
        // The steps the review allows from here, for its reviewers (none for anyone else).
        for (CaseStudyStatus step : page.reviewSteps()) {
            switch (step) {
                case CHANGES_REQUESTED -> actions.add(action("casestudies.review.requestChanges", () -> review.requestChanges(id, comment.getValue())));
                case APPROVED -> actions.add(action("casestudies.review.approve", () -> review.approve(id)));
                case PUBLISHED -> actions.add(action("casestudies.review.publish", () -> review.publish(id, false)),
                    action("casestudies.review.publishAll", () -> review.publish(id, true)));
                case WITHDRAWN -> actions.add(action("casestudies.review.withdraw", () -> review.withdraw(id, comment.getValue())));
                case DRAFT -> { } // the author's change, by editing
            }
        }
        section.add(comment, actions, new H2(getTranslation("casestudies.review.history")));
        UnorderedList history = new UnorderedList();
        for (CaseStudyPage.Review r : page.reviews()) {
            history.add(new ListItem(Dates.day(r.at().toLocalDate(), getLocale()) + " · " + r.author() + " · "
                + getTranslation("casestudies.review." + r.action().name()) + (r.comment() == null ? "" : ": " + r.comment())));
        }
        history.setId("case-study-history");
        section.add(history);
        return section;
    }

    private Button action(String key, Runnable run) {
        Button button = new Button(getTranslation(key), e -> {
            try {
                run.run();
                Feedback.saved(this, "casestudies.done");
                show(reading.page(id));
            } catch (RuntimeException ex) {
                if (!Feedback.explain(this, ex)) {
                    throw ex;
                }
            }
        });
        if (key.endsWith("approve") || key.endsWith("publish")) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.setDisableOnClick(true);
        button.addClickListener(e -> button.setEnabled(true));
        return button;
    }

    private Component related() {
        Section section = new Section(new H2(getTranslation("casestudies.related")));
        var hits = search.related(id, 3);
        if (hits.isEmpty()) {
            section.setVisible(false);
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (SearchResults.Hit hit : hits) {
            list.add(new ListItem(new RouterLink(hit.title(), CaseStudyView.class, parameters(hit.id()))));
        }
        section.add(list);
        return section;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        unsubscribe = worker.onChange(change -> ui.access(() -> {
            Span status = statuses.get(change.attachmentId());
            if (status != null) {
                status.setText(statusText(change.status(), change.failureKey(), false));
                status.getElement().setAttribute("data-status", change.status().name());
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        unsubscribe.run();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

}
