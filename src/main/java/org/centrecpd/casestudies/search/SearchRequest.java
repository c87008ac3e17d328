package org.centrecpd.casestudies.search;

import java.util.Set;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.LeadershipQuality;

/** What the person typed and the facet values they chose (empty sets: no filter). */
public record SearchRequest(String text, Set<CorePurposeArea> areas, Set<LeadershipQuality> qualities,
                            Set<String> authorities, Set<String> providers, Set<Integer> years, Set<String> fileTypes) {

    public static SearchRequest of(String text) {
        return new SearchRequest(text, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    public boolean hasFilters() {
        return !(areas.isEmpty() && qualities.isEmpty() && authorities.isEmpty() && providers.isEmpty() && years.isEmpty()
            && fileTypes.isEmpty());
    }
}
