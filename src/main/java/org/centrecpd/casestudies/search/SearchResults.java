package org.centrecpd.casestudies.search;

import java.util.List;
import java.util.Map;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.LeadershipQuality;

/**
 * One page of what was found, how many in all, and the facet counts, all within what the asker
 * may see. Snippets are HTML: the document's text escaped, with matches in {@code <mark>}.
 * {@code cut} and {@code searchedFor}: the typed text was too long ({@link TypedWords}) and this is the part searched for.
 */
public record SearchResults(long total, List<Hit> hits, Facets facets, boolean cut, String searchedFor) {

    public record Hit(long id, String title, int year, String summary, List<String> snippets, String places) {
    }

    public record Facets(Map<CorePurposeArea, Long> areas, Map<LeadershipQuality, Long> qualities,
                         Map<String, Long> authorities, Map<String, Long> providers, Map<Integer, Long> years,
                         Map<String, Long> fileTypes) {
    }
}
