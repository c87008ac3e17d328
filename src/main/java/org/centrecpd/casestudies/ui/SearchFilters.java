package org.centrecpd.casestudies.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Aside;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.centrecpd.base.StableId;
import org.centrecpd.casestudies.search.SearchRequest;
import org.centrecpd.casestudies.search.SearchResults;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.LeadershipQuality;

/**
 * The library's facets: a box of choices for each (area, quality, authority, provider, year, document type),
 * each choice with how many results it has, folded away on a phone so that the results come first. The
 * choices go into the search and into the page's address, and come back from it.
 */
class SearchFilters extends Aside {

    /** Below this window width (px) the facets no longer fit beside the results. */
    static final int NARROW = 800;

    private final Details filters = new Details();
    private final CheckboxGroup<Map.Entry<CorePurposeArea, Long>> areas = new CheckboxGroup<>();
    private final CheckboxGroup<Map.Entry<LeadershipQuality, Long>> qualities = new CheckboxGroup<>();
    private final CheckboxGroup<Map.Entry<String, Long>> authorities = new CheckboxGroup<>();
    private final CheckboxGroup<Map.Entry<String, Long>> providers = new CheckboxGroup<>();
    private final CheckboxGroup<Map.Entry<Integer, Long>> years = new CheckboxGroup<>();
    private final CheckboxGroup<Map.Entry<String, Long>> fileTypes = new CheckboxGroup<>();
    /** While the choices are set by the page (its address, new counts): not a search of their own. */
    private boolean refreshing;

    /** {@code chosen} runs when the reader ticks or unticks a choice. */
    SearchFilters(Runnable chosen) {
        addClassName("facets");
        getElement().setAttribute("aria-label", getTranslation("casestudies.filters"));
        add(filters);
        filters.setSummaryText(getTranslation("casestudies.filters"));
        filters.setId("case-study-filters");
        // Open beside the results on a wide window; on a phone, where they would come above the results and push
        // them out of sight, folded into one line that says how many are chosen. (Vaadin knows the window's
        // width from the start; -1 if it does not, as in browserless tests: open.)
        int width = UI.getCurrent() == null ? -1 : UI.getCurrent().getPage().getExtendedClientDetails().getWindowInnerWidth();
        filters.setOpened(width < 0 || width >= NARROW);
        facet(areas, "casestudies.facet.area", a -> getTranslation(a.key()), chosen);
        facet(qualities, "casestudies.facet.quality", q -> getTranslation(q.key()), chosen);
        facet(authorities, "casestudies.facet.authority", Function.identity(), chosen);
        facet(providers, "casestudies.facet.provider", Function.identity(), chosen);
        facet(years, "casestudies.facet.year", String::valueOf, chosen);
        facet(fileTypes, "casestudies.facet.fileType", Function.identity(), chosen);
    }

    private <T> void facet(CheckboxGroup<Map.Entry<T, Long>> group, String labelKey, Function<T, String> name, Runnable chosen) {
        group.setLabel(getTranslation(labelKey));
        group.setItemLabelGenerator(e -> getTranslation("casestudies.facet.count", name.apply(e.getKey()), e.getValue()));
        group.addValueChangeListener(e -> {
            if (!refreshing) {
                chosen.run();
            }
        });
        group.addClassName("facet");
        filters.add(group);
    }

    /** The search for these words with the choices ticked. */
    SearchRequest request(String text) {
        return new SearchRequest(text, keys(areas), keys(qualities), keys(authorities), keys(providers), keys(years), keys(fileTypes));
    }

    /** Ticks the choices the page's address names ({@code area=…&year=…}); values that cannot be choices are left out. */
    void chooseFrom(Map<String, List<String>> asked) {
        refreshing = true;
        try {
            choose(areas, asked.get("area"), id -> StableId.byId(CorePurposeArea.class, id).orElse(null));
            choose(qualities, asked.get("quality"), id -> StableId.byId(LeadershipQuality.class, id).orElse(null));
            choose(authorities, asked.get("authority"), Function.identity());
            choose(providers, asked.get("provider"), Function.identity());
            choose(years, asked.get("year"), y -> y.matches("\\d{4}") ? Integer.valueOf(y) : null);
            choose(fileTypes, asked.get("type"), Function.identity());
        } finally {
            refreshing = false;
        }
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

    /** The choices ticked, as the page's address names them ({@link #chooseFrom} reads them back). */
    void writeTo(Map<String, List<String>> parameters) {
        put(parameters, "area", keys(areas), StableId::id);
        put(parameters, "quality", keys(qualities), StableId::id);
        put(parameters, "authority", keys(authorities), Function.identity());
        put(parameters, "provider", keys(providers), Function.identity());
        put(parameters, "year", keys(years), String::valueOf);
        put(parameters, "type", keys(fileTypes), Function.identity());
    }

    private static <T> void put(Map<String, List<String>> parameters, String name, Set<T> keys, Function<T, String> value) {
        if (!keys.isEmpty()) {
            parameters.put(name, keys.stream().map(value).toList());
        }
    }

    /** Unticks every choice, without a search of its own. */
    void clear() {
        refreshing = true;
        try {
            groups().forEach(CheckboxGroup::clear);
        } finally {
            refreshing = false;
        }
    }

    /** The counts of the search just made, keeping what was ticked; the folded line says how many are chosen. */
    void show(SearchResults.Facets counts) {
        refreshing = true;
        try {
            refill(areas, counts.areas());
            refill(qualities, counts.qualities());
            refill(authorities, counts.authorities());
            refill(providers, counts.providers());
            refill(years, counts.years());
            refill(fileTypes, counts.fileTypes());
        } finally {
            refreshing = false;
        }
        int chosen = groups().mapToInt(g -> g.getValue().size()).sum();
        filters.setSummaryText(chosen == 0 ? getTranslation("casestudies.filters")
            : getTranslation("casestudies.filters.chosen", chosen));
    }

    /** New counts for a facet, keeping what was ticked (with its new count, or 0 when nothing matches now). */
    private static <T> void refill(CheckboxGroup<Map.Entry<T, Long>> group, Map<T, Long> counts) {
        Set<T> ticked = keys(group);
        Map<T, Long> all = new LinkedHashMap<>(counts);
        ticked.forEach(t -> all.putIfAbsent(t, 0L));
        var items = all.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue()))
            .sorted(Comparator.comparing((Map.Entry<T, Long> e) -> -e.getValue()).thenComparing(e -> String.valueOf(e.getKey())))
            .toList();
        group.setItems(items);
        group.setValue(new LinkedHashSet<>(items.stream().filter(e -> ticked.contains(e.getKey())).toList()));
        group.setVisible(!items.isEmpty());
    }

    private static <T> Set<T> keys(CheckboxGroup<Map.Entry<T, Long>> group) {
        Set<T> keys = new LinkedHashSet<>();
        group.getValue().forEach(e -> keys.add(e.getKey()));
        return keys;
    }

    private Stream<CheckboxGroup<?>> groups() {
        return Stream.of(areas, qualities, authorities, providers, years, fileTypes);
    }
}
