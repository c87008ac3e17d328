package org.centrecpd.reviews.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.reviews.Judgement;
import org.centrecpd.reviews.domain.Review;
import org.centrecpd.reviews.service.ReviewPage;
import org.centrecpd.reviews.service.ReviewActions;
import org.centrecpd.reviews.service.ReviewService;
import org.centrecpd.security.Role;

import static org.centrecpd.reviews.ui.ReviewWords.actionState;
import static org.centrecpd.reviews.ui.ReviewWords.e;
import static org.centrecpd.reviews.ui.ReviewWords.or;

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
            section.add(editor(page));
        } else if (page.mayRespond()) {
            section.add(responder(page));
        } else {
            section.add(readOnly(page));
        }
        return section;
    }

    private Component editor(ReviewPage page) {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        DatePicker visit = Dates.picker(getTranslation("reviews.visitDate"));
        visit.setLocale(getLocale());
        visit.setValue(page.visitDate());
        visit.setId("review-visit");
        form.add(visit);
        Map<String, RadioButtonGroup<Judgement>> judgements = new LinkedHashMap<>();
        Map<String, TextArea> commentaries = new HashMap<>();
        for (ReviewPage.JudgementLine line : page.judgements()) {
            RadioButtonGroup<Judgement> judgement = new RadioButtonGroup<>(getTranslation(line.area().key()));
            judgement.setItems(Judgement.values());
            judgement.setItemLabelGenerator(j -> getTranslation(j.key()));
            judgement.setValue(line.judgement());
            judgement.setId("judgement-" + line.area().id());
            TextArea commentary = new TextArea(getTranslation("reviews.commentaryOn", getTranslation(line.area().key())));
            commentary.setMaxLength(2000);
            commentary.setValue(line.commentary() == null ? "" : line.commentary());
            commentary.setWidthFull();
            commentary.setId("commentary-" + line.area().id());
            judgements.put(line.area().id(), judgement);
            commentaries.put(line.area().id(), commentary);
            Div area = new Div(judgement, commentary);
            area.addClassName("review-area");
            form.add(area);
            if (line.response() != null) {
                form.add(new Paragraph(getTranslation("reviews.responseWas", line.response())));
            }
        }
        TextArea strengths = area("reviews.strengths", page.strengths(), "review-strengths");
        TextArea priorities = area("reviews.priorities", page.priorities(), "review-priorities");
        Button save = new Button(getTranslation("reviews.save"), e -> run(() -> {
            Map<String, Review.Judged> byArea = new HashMap<>();
            judgements.forEach((area, group) -> byArea.put(area, new Review.Judged(group.getValue(), commentaries.get(area).getValue())));
            reviews.write(reviewId, page.version(), visit.getValue(), strengths.getValue(), priorities.getValue(), byArea);
        }, "reviews.saved"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("review-save");
        Section actionList = new ActionsSection(page, actions, true, this::show);
        actionList.addComponentAsFirst(new H3(getTranslation("reviews.actions")));
        form.add(strengths, priorities, save, actionList);
        return form;
    }

    private TextArea area(String key, String value, String id) {
        TextArea area = new TextArea(getTranslation(key));
        area.setMaxLength(8000);
        area.setValue(value == null ? "" : value);
        area.setWidthFull();
        area.setId(id);
        return area;
    }

    private Component responder(ReviewPage page) {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new Paragraph(getTranslation("reviews.respond.intro")));
        form.add(visitLine(page));
        Map<String, TextArea> responses = new HashMap<>();
        for (ReviewPage.JudgementLine line : page.judgements()) {
            form.add(new H3(getTranslation(line.area().key())), new Paragraph(judgementWords(line)));
            TextArea response = new TextArea(getTranslation("reviews.responseOn", getTranslation(line.area().key())));
            response.setMaxLength(2000);
            response.setWidthFull();
            response.setValue(line.response() == null ? "" : line.response());
            response.setId("response-" + line.area().id());
            responses.put(line.area().id(), response);
            form.add(response);
        }
        form.add(new H3(getTranslation("reviews.strengths")), new Paragraph(or(page.strengths())),
            new H3(getTranslation("reviews.priorities")), new Paragraph(or(page.priorities())), new H3(getTranslation("reviews.actions")));
        Map<Long, TextArea> actionResponses = new HashMap<>();
        for (ReviewPage.ActionLine a : page.actions()) {
            form.add(new Paragraph(a.body() + " — " + getTranslation("reviews.action.summary", a.ownerName(), Dates.day(a.dueOn(), getLocale()),
                actionState(this, getLocale(), a.doneOn(), a.dueOn(), page.today()))));
            TextArea response = new TextArea(getTranslation("reviews.responseOnAction", a.body()));
            response.setMaxLength(2000);
            response.setWidthFull();
            response.setValue(a.response() == null ? "" : a.response());
            response.setId("action-response-" + a.id());
            actionResponses.put(a.id(), response);
            form.add(response);
        }
        Button save = new Button(getTranslation("reviews.respond.save"), e -> run(() -> {
            Map<String, String> byArea = new HashMap<>();
            responses.forEach((k, v) -> byArea.put(k, v.getValue().isBlank() ? null : v.getValue().strip()));
            Map<Long, String> byAction = new HashMap<>();
            actionResponses.forEach((k, v) -> byAction.put(k, v.getValue().isBlank() ? null : v.getValue().strip()));
            reviews.respond(reviewId, byArea, byAction);
        }, "reviews.respond.saved"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("review-respond");
        form.add(save);
        return form;
    }

    private Component readOnly(ReviewPage page) {
        VerticalLayout text = new VerticalLayout();
        text.setPadding(false);
        text.add(visitLine(page));
        StringBuilder html = new StringBuilder("<table class=\"chart-data pack-table\" id=\"review-judgements\"><thead><tr>");
        for (String k : List.of("reviews.pack.area", "reviews.judgement", "reviews.commentary", "reviews.response")) {
            html.append("<th scope=\"col\">").append(e(getTranslation(k))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (ReviewPage.JudgementLine j : page.judgements()) {
            html.append("<tr><th scope=\"row\">").append(e(getTranslation(j.area().key()))).append("</th><td>")
                .append(e(j.judgement() == null ? "—" : getTranslation(j.judgement().key()))).append("</td><td>").append(e(or(j.commentary())))
                .append("</td><td>").append(e(or(j.response()))).append("</td></tr>");
        }
        html.append("</tbody></table>");
        text.add(new Html(html.toString()), new H3(getTranslation("reviews.strengths")), new Paragraph(or(page.strengths())),
            new H3(getTranslation("reviews.priorities")), new Paragraph(or(page.priorities())), new H3(getTranslation("reviews.actions")),
            new ActionsSection(page, actions));
        return text;
    }

    private Paragraph visitLine(ReviewPage page) {
        return new Paragraph(getTranslation("reviews.pdf.visit", page.visitDate() == null ? "—" : Dates.longDay(page.visitDate(), getLocale())));
    }

    private String judgementWords(ReviewPage.JudgementLine line) {
        return (line.judgement() == null ? "—" : getTranslation(line.judgement().key())) + (line.commentary() == null || line.commentary().isBlank()
            ? "" : ": " + line.commentary());
    }

    private String termLabel(ReviewPage page) {
        return getTranslation("reviews.termLabel", getTranslation(page.season().key()), page.schoolYear() + "/" + ((page.schoolYear() + 1) % 100));
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("reviews.title") : title;
    }
}
