package org.centrecpd.casestudies.search;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.HighlightProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/**
 * A case study as a search reads it from the index, with no database round trip: what a result shows, and the
 * passages of its documents and its summary where the words searched for were found (HTML, the words marked).
 */
@ProjectionConstructor
public record IndexedCaseStudy(@IdProjection Long id,
                               @FieldProjection String title,
                               @FieldProjection(path = "yearOfPractice") Integer year,
                               @FieldProjection String summary,
                               @FieldProjection(path = "places.localAuthority") List<String> authorities,
                               @HighlightProjection(path = "attachments.text") List<String> inDocuments,
                               @HighlightProjection(path = "summary") List<String> inSummary) {

    /** At most two snippets: from its documents first, then from its summary. */
    SearchResults.Hit hit() {
        return new SearchResults.Hit(id, title, year, summary, Stream.concat(inDocuments.stream(), inSummary.stream()).limit(2).toList(),
            authorities.stream().distinct().collect(Collectors.joining(", ")));
    }
}
