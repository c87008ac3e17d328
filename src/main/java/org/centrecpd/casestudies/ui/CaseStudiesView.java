package org.centrecpd.casestudies.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
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
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.centrecpd.base.StableId;
import org.centrecpd.casestudies.search.CaseStudySearch;
import org.centrecpd.casestudies.search.IndexRebuild;
import org.centrecpd.casestudies.search.SearchRequest;
import org.centrecpd.casestudies.search.SearchResults;
import org.centrecpd.casestudies.service.CaseStudyCard;
import org.centrecpd.casestudies.service.CaseStudyPolicy;
import org.centrecpd.casestudies.service.CaseStudyReading;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.casestudies.service.MyCaseStudies;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.LeadershipQuality;
import org.centrecpd.organisation.service.CentreService;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The case-study library: search as you type (after a short pause) across case studies and the
 * text inside their documents, with highlighted snippets, facets that count only what the reader
 * may see, paging, and for writers and reviewers what they have in progress.
 */
@Route("case-studies")
@Menu(title = "nav.caseStudies", order = 25, icon = "vaadin:book")
@PermitAll
public class CaseStudiesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int PAGE = 10;
    /** Below this window width (px) the facets no longer fit beside the results. */
    static final int NARROW = 800;

    private final CaseStudySearch search;
    private final IndexRebuild rebuild;
    private final TextField text = new TextField();
    private final Div summary = new Div();
    private final Div results = new Div();
    private final HorizontalLayout pager = new HorizontalLayout();
    private final Aside facets = new Aside();
    /** The facets, folded away on a phone so that the results come first (see the constructor). */
    private final Details filters = new Details();
    private final CheckboxGroup<Map.Entry<CorePurposeArea, Long>> areas = new CheckboxGroup<>();
    private final CheckboxGroup<Map.Entry<LeadershipQuality, Long>> qualities = new CheckboxGroup<>();
    private final CheckboxGroup<Map.Entry<String, Long>> authorities = new CheckboxGroup<>();
    private final CheckboxGroup<Map.Entry<String, Long>> providers = new CheckboxGroup<>();
    private final CheckboxGroup<Map.Entry<Integer, Long>> years = new CheckboxGroup<>();
    private final CheckboxGroup<Map.Entry<String, Long>> fileTypes = new CheckboxGroup<>();
    private boolean refreshingFacets;
    /** While the search is set from the page's address: the fields' changes are not searches of their own. */
    private boolean restoring;
    private int offset;

    public CaseStudiesView(CaseStudySearch search, CaseStudyPolicy policy, CaseStudyService caseStudies, CaseStudyReading reading,
                           IndexRebuild rebuild, CentreService centres, Clock clock) {
        this.search = search;
        this.rebuild = rebuild;
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

        facets.addClassName("facets");
        facets.getElement().setAttribute("aria-label", getTranslation("casestudies.filters"));
        facets.add(filters);
        filters.setSummaryText(getTranslation("casestudies.filters"));
        filters.setId("case-study-filters");
        // Open beside the results on a wide window; on a phone, where they would come above the results and push
        // them out of sight, folded into one line that says how many are chosen. (Vaadin knows the window's
        // width from the start; -1 if it does not, as in browserless tests: open.)
        int width = UI.getCurrent() == null ? -1 : UI.getCurrent().getPage().getExtendedClientDetails().getWindowInnerWidth();
        filters.setOpened(width < 0 || width >= NARROW);
        facet(areas, "casestudies.facet.area", a -> getTranslation(a.key()));
        facet(qualities, "casestudies.facet.quality", q -> getTranslation(q.key()));
        facet(authorities, "casestudies.facet.authority", Function.identity());
        facet(providers, "casestudies.facet.provider", Function.identity());
        facet(years, "casestudies.facet.year", String::valueOf);
        facet(fileTypes, "casestudies.facet.fileType", Function.identity());

        summary.getElement().setAttribute("role", "status");
        summary.setId("case-study-summary");
        results.setId("case-study-results");
        FlexLayout body = new FlexLayout(facets, new Div(summary, results, pager));
        body.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        body.addClassName("case-study-body");
        add(text);
        if (policy.mayWrite()) {
            Button write = new Button(getTranslation("casestudies.new"), VaadinIcon.PLUS.create(),
                e -> new CaseStudyEditor(caseStudies, centres, clock, null, id -> getUI().ifPresent(ui -> ui.navigate(CaseStudyView.class, CaseStudyView.parameters(id)))).open());
            write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(write, inProgress(reading));
        }
        if (policy.mayRebuildIndex()) {
            add(rebuildIndex());
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
        refreshingFacets = true;
        try {
            text.setValue(asked.getOrDefault("q", List.of("")).getFirst());
            choose(areas, asked.get("area"), id -> StableId.byId(CorePurposeArea.class, id).orElse(null));
            choose(qualities, asked.get("quality"), id -> StableId.byId(LeadershipQuality.class, id).orElse(null));
            choose(authorities, asked.get("authority"), Function.identity());
            choose(providers, asked.get("provider"), Function.identity());
            choose(years, asked.get("year"), y -> y.matches("\\d{4}") ? Integer.valueOf(y) : null);
            choose(fileTypes, asked.get("type"), Function.identity());
            String page = asked.getOrDefault("page", List.of("1")).getFirst();
            offset = page.matches("\\d{1,5}") ? Math.max(0, Integer.parseInt(page) - 1) * PAGE : 0;
        } finally {
            restoring = false;
            refreshingFacets = false;
        }
        run();
    }

    /** Ticks these values (counted by the search that follows), with no other item until then. */
    private static <T> void choose(CheckboxGroup<Map.Entry<T, Long>> group, List<String> values, Function<String, T> parse) {
        Set<Map.Entry<T, Long>> chosen = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            T key = parse.apply(value);
            if (key != null) {
                chosen.add(Map.entry(key, 0L));
            }
        }
        group.setItems(chosen);
        group.setValue(chosen);
    }

    /** The address of this search, as {@link #beforeEnter} reads it. */
    QueryParameters address() {
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        if (!text.getValue().isBlank()) {
            parameters.put("q", List.of(text.getValue().strip()));
        }
        put(parameters, "area", keys(areas), StableId::id);
        put(parameters, "quality", keys(qualities), StableId::id);
        put(parameters, "authority", keys(authorities), Function.identity());
        put(parameters, "provider", keys(providers), Function.identity());
        put(parameters, "year", keys(years), String::valueOf);
        put(parameters, "type", keys(fileTypes), Function.identity());
        if (offset > 0) {
            parameters.put("page", List.of(String.valueOf(offset / PAGE + 1)));
        }
        return new QueryParameters(parameters);
    }

    private static <T> void put(Map<String, List<String>> parameters, String name, Set<T> keys, Function<T, String> value) {
        if (!keys.isEmpty()) {
            parameters.put(name, keys.stream().map(value).toList());
        }
    }

    /** Admins: rebuild the search index from the database, with its progress shown as it goes (server push). */
    private Component rebuildIndex() {
        com.vaadin.flow.component.progressbar.ProgressBar bar = new com.vaadin.flow.component.progressbar.ProgressBar();
        bar.setVisible(false);
        bar.setId("rebuild-progress");
        com.vaadin.flow.component.html.Span label = new com.vaadin.flow.component.html.Span();
        label.getElement().setAttribute("role", "status");
        bar.getElement().setAttribute("aria-label", getTranslation("casestudies.rebuild"));
        Button rebuild = new Button(getTranslation("casestudies.rebuild"));
        rebuild.addClickListener(e -> {
            var ui = e.getSource().getUI().orElseThrow();
            rebuild.setEnabled(false);
            bar.setVisible(true);
            bar.setIndeterminate(true);
            this.rebuild.start(p -> ui.access(() -> {
                if (p.total() > 0) {
                    bar.setIndeterminate(false);
                    bar.setValue(Math.min(1.0, (double) p.done() / p.total()));
                }
                label.setText(p.finished() ? getTranslation("casestudies.rebuild.done", p.done()) : p.done() + " / " + p.total());
                if (p.finished()) {
                    rebuild.setEnabled(true);
                    runFromStart();
                }
            }));
        });
        HorizontalLayout row = new HorizontalLayout(rebuild, bar, label);
        row.setAlignItems(Alignment.CENTER);
        row.setWidthFull();
        return row;
    }

    /** The writer's own: in progress, and (only if there are any) those withdrawn from the library, apart. */
    private Component inProgress(CaseStudyReading reading) {
        Section section = new Section(new H2(getTranslation("casestudies.inProgress")));
        section.setId("case-studies-in-progress");
        MyCaseStudies mine = reading.mine();
        if (mine.inProgress().isEmpty()) {
            section.add(new Paragraph(getTranslation("casestudies.inProgress.none")));
        } else {
            section.add(cards(mine.inProgress()));
        }
        if (!mine.withdrawn().isEmpty()) {
            H3 heading = new H3(getTranslation("casestudies.withdrawnList"));
            UnorderedList withdrawn = cards(mine.withdrawn());
            withdrawn.setId("case-studies-withdrawn");
            section.add(heading, withdrawn);
        }
        return section;
    }

    private UnorderedList cards(List<CaseStudyCard> cards) {
        UnorderedList list = new UnorderedList();
        for (CaseStudyCard c : cards) {
            list.add(new ListItem(new RouterLink(c.title(), CaseStudyView.class, CaseStudyView.parameters(c.id())),
                new com.vaadin.flow.component.html.Span(" — " + getTranslation("casestudies.status." + c.status().name())
                    + ", " + getTranslation("casestudies.author", c.author()))));
        }
        return list;
    }

    private <T> void facet(CheckboxGroup<Map.Entry<T, Long>> group, String labelKey, Function<T, String> name) {
        group.setLabel(getTranslation(labelKey));
        group.setItemLabelGenerator(e -> getTranslation("casestudies.facet.count", name.apply(e.getKey()), e.getValue()));
        group.addValueChangeListener(e -> {
            if (!refreshingFacets) {
                runFromStart();
            }
        });
        group.addClassName("facet");
        filters.add(group);
    }

    private void runFromStart() {
        offset = 0;
        run();
    }

    private SearchRequest request() {
        return new SearchRequest(text.getValue(), keys(areas), keys(qualities), keys(authorities), keys(providers), keys(years),
            keys(fileTypes));
    }

    private static <T> Set<T> keys(CheckboxGroup<Map.Entry<T, Long>> group) {
        Set<T> keys = new LinkedHashSet<>();
        group.getValue().forEach(e -> keys.add(e.getKey()));
        return keys;
    }

    private void run() {
        SearchRequest request = request();
        SearchResults found = search.search(request, offset, PAGE);
        if (found.total() > 0 && offset >= found.total()) {
            // A page beyond the last (an old bookmark, or fewer results now): the last page instead.
            offset = (int) ((found.total() - 1) / PAGE) * PAGE;
            found = search.search(request, offset, PAGE);
        }
        // Replaced, not pushed: typing is not a trail of pages for the Back button.
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
            new Location(com.vaadin.flow.router.RouteConfiguration.forApplicationScope().getUrl(CaseStudiesView.class), address())));
        results.removeAll();
        pager.removeAll();
        if (found.total() == 0) {
            summary.setText(getTranslation("casestudies.results.none"));
            if (request.hasFilters()) {
                results.add(new Button(getTranslation("casestudies.results.dropFilters"), e -> {
                    refreshingFacets = true;
                    areas.clear(); qualities.clear(); authorities.clear(); providers.clear(); years.clear(); fileTypes.clear();
                    refreshingFacets = false;
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
        refreshFacets(found.facets());
    }

    private Component card(SearchResults.Hit hit) {
        Article card = new Article();
        card.addClassName("case-study-card");
        H3 title = new H3(new RouterLink(hit.title(), CaseStudyView.class, CaseStudyView.parameters(hit.id())));
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

    private void refreshFacets(SearchResults.Facets counts) {
        refreshingFacets = true;
        try {
            refill(areas, counts.areas());
            refill(qualities, counts.qualities());
            refill(authorities, counts.authorities());
            refill(providers, counts.providers());
            refill(years, counts.years());
            refill(fileTypes, counts.fileTypes());
        } finally {
            refreshingFacets = false;
        }
        int chosen = java.util.stream.Stream.of(areas, qualities, authorities, providers, years, fileTypes)
            .mapToInt(g -> g.getValue().size()).sum();
        filters.setSummaryText(chosen == 0 ? getTranslation("casestudies.filters")
            : getTranslation("casestudies.filters.chosen", chosen));
    }

    /** New counts for a facet, keeping what was ticked (with its new count, or 0 when nothing matches now). */
    private static <T> void refill(CheckboxGroup<Map.Entry<T, Long>> group, Map<T, Long> counts) {
        Set<T> ticked = keys(group);
        Map<T, Long> all = new java.util.LinkedHashMap<>(counts);
        ticked.forEach(t -> all.putIfAbsent(t, 0L));
        var items = all.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue()))
            .sorted(Comparator.comparing((Map.Entry<T, Long> e) -> -e.getValue()).thenComparing(e -> String.valueOf(e.getKey())))
            .toList();
        group.setItems(items);
        group.setValue(new LinkedHashSet<>(items.stream().filter(e -> ticked.contains(e.getKey())).toList()));
        group.setVisible(!items.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casestudies.title");
    }
}
