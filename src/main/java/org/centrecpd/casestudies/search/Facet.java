package org.centrecpd.casestudies.search;

import java.util.Collection;
import java.util.Map;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.LeadershipQuality;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;

/**
 * The facets of a search, each a field of the index. Counts are "drill sideways": a facet's own choices do
 * not narrow its counts (choosing one area still shows how many each other area would add, since choices
 * within a facet are alternatives), while every other facet's choices do.
 */
enum Facet {
    AREA("area", 20, CorePurposeArea.class),
    QUALITY("quality", 20, LeadershipQuality.class),
    AUTHORITY("places.localAuthority", 50, String.class),
    PROVIDER("places.provider", 50, String.class),
    YEAR("yearOfPractice", 50, Integer.class),
    FILE_TYPE("attachments.fileType", 20, String.class);

    final String field;
    private final int maxTerms;
    private final Class<?> type;

    Facet(String field, int maxTerms, Class<?> type) {
        this.field = field;
        this.maxTerms = maxTerms;
        this.type = type;
    }

    /** The values chosen from this facet. */
    Collection<?> chosen(SearchRequest request) {
        return switch (this) {
            case AREA -> request.areas();
            case QUALITY -> request.qualities();
            case AUTHORITY -> request.authorities();
            case PROVIDER -> request.providers();
            case YEAR -> request.years();
            case FILE_TYPE -> request.fileTypes();
        };
    }

    AggregationKey<Map<Object, Long>> key() {
        return AggregationKey.of(name());
    }

    /** How many case studies have each value (the most common first, at most {@code maxTerms}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    AggregationFinalStep<Map<Object, Long>> counts(SearchAggregationFactory f) {
        return (AggregationFinalStep) f.terms().field(field, type).maxTermCount(maxTerms);
    }
}
