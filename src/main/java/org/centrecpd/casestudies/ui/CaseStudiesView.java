package org.centrecpd.casestudies.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centrecpd.casestudies.search.CaseStudySearch;
import org.centrecpd.casestudies.search.IndexRebuild;
import org.centrecpd.casestudies.search.SearchRequest;
import org.centrecpd.casestudies.search.SearchResults;
import org.centrecpd.casestudies.search.TypedWords;
import org.centrecpd.casestudies.service.CaseStudyPolicy;
import org.centrecpd.casestudies.service.CaseStudyReading;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.organisation.service.CentreService;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The case-study library: search as you type (after a short pause) across case studies and the
 * text inside their documents, with highlighted snippets, facets that count only what the reader
 * may see ({@link SearchFilters}), paging, and for writers and reviewers what they have in progress.
 * What the reader may do besides searching, {@link CaseStudyPolicy} says.
 */
@Route("case-studies")
@Menu(title = "nav.caseStudies", order = 25, icon = "vaadin:book")
@PermitAll
public class CaseStudiesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver, org.centrecpd.base.ui.HasHeading {

    static final int PAGE = 10;

    private final CaseStudySearch search;
    private final TextField text = new TextField();
    private final Paragraph cutNotice = new Paragraph();
    private final SearchFilters filters = new SearchFilters(this::runFromStart);
    private final Div summary = new Div();
    private final Div results = new Div();
    private final HorizontalLayout pager = new HorizontalLayout();
    /** While the search is set from the page's address: the fields' changes are not searches of their own. */
    private boolean restoring;
    private int offset;

    public CaseStudiesView(CaseStudySearch search, CaseStudyPolicy policy, CaseStudyService caseStudies, CaseStudyReading reading,
                           IndexRebuild rebuild, CentreService centres, Clock clock) {
        this.search = search;
        addClassName("case-studies");
        text.setLabel(getTranslation("casestudies.search"));
        text.setHelperText(getTranslation("casestudies.search.help"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setWidthFull();
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(350);
        text.setId("case-study-search");
        text.addValueChangeListener(e -> {
            if (!restoring) {
                runFromStart();
            }
        });

        summary.getElement().setAttribute("role", "status");
        cutNotice.setId("case-study-search-cut");
        cutNotice.getElement().setAttribute("role", "status");
        cutNotice.setVisible(false);
        summary.setId("case-study-summary");
        results.setId("case-study-results");
        FlexLayout body = new FlexLayout(filters, new Div(summary, results, pager));
        body.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        body.addClassName("case-study-body");
        add(text, cutNotice);
        if (policy.mayWrite()) {
            Button write = new Button(getTranslation("casestudies.new"), VaadinIcon.PLUS.create(),
                e -> new CaseStudyEditor(caseStudies, centres, clock, null,
                    id -> getUI().ifPresent(ui -> ui.navigate(CaseStudyView.class, CaseStudyView.parameters(id)))).open());
            write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(write, new MyCaseStudiesList(reading.mine()));
        }
        if (policy.mayRebuildIndex()) {
            add(new IndexRebuildPanel(rebuild, this::runFromStart));
        }
        add(body);
        // The first search runs in beforeEnter, from what the page's address asks for.
    }

    /**
     * The search comes from the page's address ({@code ?q=mud+kitchen&area=engaging-parents&year=2024&page=2}),
     * and each search is written back to it: the Back button from a case study returns to the same results, and
     * a search can be bookmarked or sent to a colleague (who sees in it only what they may see). Values that
     * are not facet values are ignored.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> asked = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        try {
            text.setValue(asked.getOrDefault("q", List.of("")).getFirst());
            filters.chooseFrom(asked);
            String page = asked.getOrDefault("page", List.of("1")).getFirst();
            offset = page.matches("\\d{1,5}") ? Math.max(0, Integer.parseInt(page) - 1) * PAGE : 0;
        } finally {
            restoring = false;
        }
        run();
    }

    /** The address of this search, as {@link #beforeEnter} reads it. */
    QueryParameters address() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!text.getValue().isBlank()) {
            parameters.put("q", List.of(text.getValue().strip()));
        }
        filters.writeTo(parameters);
        if (offset > 0) {
            parameters.put("page", List.of(String.valueOf(offset / PAGE + 1)));
        }
        return new QueryParameters(parameters);
    }

    private void runFromStart() {
        offset = 0;
        run();
    }

    private void run() {
        SearchRequest request = filters.request(text.getValue());
        SearchResults found = search.search(request, offset, PAGE);
        if (found.cut()) {
            // The box shows what was searched for, and the notice says why it is shorter than what was typed.
            restoring = true;
            try {
                text.setValue(found.searchedFor());
            } finally {
                restoring = false;
            }
        }
        cutNotice.setVisible(found.cut());
        cutNotice.setText(found.cut() ? getTranslation("casestudies.search.cut", TypedWords.MAX_WORDS, TypedWords.MAX_CHARACTERS) : "");
        if (found.total() > 0 && offset >= found.total()) {
            // A page beyond the last (an old bookmark, or fewer results now): the last page instead.
            offset = (int) ((found.total() - 1) / PAGE) * PAGE;
            found = search.search(request, offset, PAGE);
        }
        // Replaced, not pushed: typing is not a trail of pages for the Back button.
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
            new Location(RouteConfiguration.forApplicationScope().getUrl(CaseStudiesView.class), address())));
        getUI().ifPresent(ui -> ui.getPage().setTitle(org.centrecpd.base.ui.PageTitles.of(getPageTitle(), getTranslation("app.name"))));
        results.removeAll();
        pager.removeAll();
        if (found.total() == 0) {
            summary.setText(getTranslation("casestudies.results.none"));
            if (request.hasFilters()) {
                results.add(new Button(getTranslation("casestudies.results.dropFilters"), e -> {
                    filters.clear();
                    runFromStart();
                }));
            }
        } else {
            summary.setText(found.total() == 1 ? getTranslation("casestudies.results.one")
                : getTranslation("casestudies.results", found.total()));
            for (SearchResults.Hit hit : found.hits()) {
                results.add(card(hit));
            }
            if (found.total() > PAGE) {
                Button previous = new Button(getTranslation("casestudies.previous"), e -> { offset -= PAGE; run(); });
                previous.setEnabled(offset > 0);
                Button next = new Button(getTranslation("casestudies.next"), e -> { offset += PAGE; run(); });
                next.setEnabled(offset + PAGE < found.total());
                pager.add(previous, new Paragraph(getTranslation("casestudies.results.showing", offset + 1,
                    Math.min(offset + PAGE, found.total()), found.total())), next);
            }
        }
        filters.show(found.facets());
    }

    private Component card(SearchResults.Hit hit) {
        Article card = new Article();
        card.addClassName("case-study-card");
        H2 title = new H2(new RouterLink(hit.title(), CaseStudyView.class, CaseStudyView.parameters(hit.id())));
        Paragraph meta = new Paragraph(hit.year() + (hit.places().isEmpty() ? "" : " · " + hit.places()));
        meta.addClassName("secondary");
        card.add(title, meta);
        if (hit.snippets().isEmpty()) {
            card.add(new Paragraph(hit.summary().length() > 280 ? hit.summary().substring(0, 277) + "…" : hit.summary()));
        } else {
            for (String snippet : hit.snippets()) {
                card.add(new Html("<p class=\"snippet\">" + safe(snippet) + "</p>"));
            }
        }
        return card;
    }

    /** Snippets come escaped from the highlighter; cleaning again keeps only the marks, whatever a document held. */
    static String safe(String snippet) {
        return Jsoup.clean(snippet, Safelist.none().addTags("mark"));
    }

    @Override
    public String getHeading() {
        return getTranslation("casestudies.title");
    }

    /** The document title says what was searched for (WCAG 2.4.2), so a bookmark or a tab says it too. */
    @Override
    public String getPageTitle() {
        String searched = text.getValue() == null ? "" : text.getValue().strip();
        return searched.isEmpty() ? getTranslation("casestudies.title") : getTranslation("casestudies.title.search", searched);
    }
}
