package org.centrecpd.reviews.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.reviews.service.ReviewPage;
import org.centrecpd.reviews.service.ReviewActions;
import org.centrecpd.reviews.service.ReviewService;
import org.centrecpd.security.Role;


/**
 * One termly review: the pack (figures as at the term's last day, each chart with its data table), then the
 * review. The partner writes it while it is open, adds actions, shares it and signs it off; a centre manager
 * responds per area and per action once it is shared; once signed off it is read-only, with its PDF, and the
 * partner may begin an amendment.
 */
@Route("reviews/:reviewId")
@RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService reviews;
    private final ReviewActions actions;
    private long reviewId;
    private String title = "";

    public ReviewView(ReviewService reviews, ReviewActions actions) {
        this.actions = actions;
        this.reviews = reviews;
        setId("review");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reviewId = event.getRouteParameters().getLong("reviewId").orElseThrow(() -> new NotFoundException("Review"));
        show();
    }

    private void show() {
        removeAll();
        ReviewPage page = reviews.open(reviewId);
        title = getTranslation("reviews.page.title", page.centre(), termLabel(page));
        Paragraph state = new Paragraph(getTranslation("reviews.page.state", getTranslation(page.status().key()), page.partner(),
            page.revision()));
        state.setId("review-state");
        add(state);
        if (page.amendsId() != null) {
            add(new Paragraph(new Span(getTranslation("reviews.page.amends") + " "), new RouterLink(getTranslation("reviews.page.previousRevision"),
                ReviewView.class, new RouteParameters("reviewId", String.valueOf(page.amendsId())))));
        }
        if (page.amendedById() != null) {
            add(new Paragraph(new Span(getTranslation("reviews.page.amendedBy") + " "), new RouterLink(getTranslation("reviews.page.nextRevision"),
                ReviewView.class, new RouteParameters("reviewId", String.valueOf(page.amendedById())))));
        }
        add(toolbar(page), new PackSection(page.pack(), page.isFrozen()), review(page));
    }

    private Component toolbar(ReviewPage page) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setWrap(true);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (page.mayWrite() && page.status() == org.centrecpd.reviews.ReviewStatus.DRAFT) {
            bar.add(button("review-share", "reviews.share", () -> reviews.share(reviewId), "reviews.shared"));
        }
        if (page.maySignOff()) {
            Button signOff = button("review-sign-off", "reviews.signOff", () -> reviews.signOff(reviewId), "reviews.signedOff");
            signOff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(signOff);
        }
        if (page.mayAmend()) {
            bar.add(new Button(getTranslation("reviews.amend"), e -> run(() -> {
                long next = reviews.amend(reviewId);
                getUI().ifPresent(ui -> ui.navigate(ReviewView.class, new RouteParameters("reviewId", String.valueOf(next))));
            }, null)));
        }
        if (page.mayDownload()) {
            Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
                ReviewService.ReviewFile file = reviews.pdf(reviewId);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.name(), "application/pdf", file.content().length);
            }), "");
            pdf.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" " + getTranslation("reviews.pdf")));
            pdf.getElement().setAttribute("download", true);
            pdf.setId("review-pdf");
            bar.add(pdf);
        }
        return bar;
    }

    private Button button(String id, String key, Runnable action, String doneKey) {
        Button button = new Button(getTranslation(key), e -> run(action, doneKey));
        button.setId(id);
        return button;
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            if (doneKey != null) {
                Feedback.saved(this, doneKey);
                show();
            }
        } catch (RuntimeException ex) {
            if (!Feedback.explain(this, ex)) {
                throw ex;
            }
        }
    }

    /** The review's text: editable by the partner while open, answerable by the manager while shared, read-only otherwise. */
    private Section review(ReviewPage page) {
        Section section = new Section();
        section.setId("review-text");
        section.add(new H2(getTranslation("reviews.review")));
        if (page.mayWrite()) {
            section.add(new ReviewEditor(page, reviews, actions, this::run, this::show));
        } else if (page.mayRespond()) {
            section.add(new ReviewResponder(page, reviews, this::run));
        } else {
            section.add(new ReviewReading(page, actions));
        }
        return section;
    }

    private String termLabel(ReviewPage page) {
        return getTranslation("reviews.termLabel", getTranslation(page.season().key()), page.schoolYear() + "/" + ((page.schoolYear() + 1) % 100));
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("reviews.title") : title;
    }
}
