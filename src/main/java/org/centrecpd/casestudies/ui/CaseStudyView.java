package org.centrecpd.casestudies.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.casestudies.search.CaseStudySearch;
import org.centrecpd.casestudies.search.SearchResults;
import org.centrecpd.casestudies.service.CaseStudyPage;
import org.centrecpd.casestudies.service.CaseStudyReading;
import org.centrecpd.casestudies.service.CaseStudyReview;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.casestudies.service.ExtractionWorker;
import org.centrecpd.organisation.service.CentreService;

/**
 * A case study's page: what was done, where and with what outcomes; its documents ({@link DocumentsSection});
 * for its writers, editing; for the partners overseeing it and its writers, the review ({@link ReviewSection});
 * for readers, related case studies. Another id, or one the reader may not see, answers "not found".
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
    private DocumentsSection documents;
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
        documents = new DocumentsSection(id, page, caseStudies, () -> show(reading.page(id)));
        add(documents);
        if (page.mayReview() || page.mayEdit()) {
            add(new ReviewSection(id, page, review, () -> show(reading.page(id))));
        }
        add(related());
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
            if (documents != null) {
                documents.show(change);
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
