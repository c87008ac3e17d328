package org.centrecpd.casestudies.search;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.centrecpd.casestudies.domain.CaseStudy;
import org.centrecpd.casestudies.domain.CaseStudyStatus;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.LeadershipQuality;
import org.centrecpd.casestudies.service.CaseStudyPolicy;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.highlighter.SearchHighlighter;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds case studies by what is written in them, including inside their documents: ranked by
 * relevance (a match in the title counts most, then the summary, then outcomes and documents),
 * with highlighted snippets, and facet counts. Every query, facet count and "related" list is
 * filtered by the same visibility rule as the database paths ({@link CaseStudyPolicy#visibleInIndex}):
 * the author, the partners overseeing its centres, and once published its audience.
 */
@Service
@Transactional(readOnly = true)
public class CaseStudySearch {

    private final EntityManager entityManager;
    private final CaseStudyPolicy policy;

    CaseStudySearch(EntityManager entityManager, CaseStudyPolicy policy) {
        this.entityManager = entityManager;
        this.policy = policy;
    }

    /**
     * The facets, each a field of the index. Counts are "drill sideways": a facet's own choices do
     * not narrow its counts (choosing one area still shows how many each other area would add, since
     * choices within a facet are alternatives), while every other facet's choices do.
     */
    private enum Facet {
        AREA("area", 20),
        QUALITY("quality", 20),
        AUTHORITY("places.localAuthority", 50),
        PROVIDER("places.provider", 50),
        YEAR("yearOfPractice", 50),
        FILE_TYPE("attachments.fileType", 20);

        final String field;
        final int maxTerms;

        Facet(String field, int maxTerms) {
            this.field = field;
            this.maxTerms = maxTerms;
        }

        java.util.Collection<?> chosen(SearchRequest request) {
            return switch (this) {
                case AREA -> request.areas();
                case QUALITY -> request.qualities();
                case AUTHORITY -> request.authorities();
                case PROVIDER -> request.providers();
                case YEAR -> request.years();
                case FILE_TYPE -> request.fileTypes();
            };
        }

        Class<?> type() {
            return switch (this) {
                case AREA -> CorePurposeArea.class;
                case QUALITY -> LeadershipQuality.class;
                case YEAR -> Integer.class;
                default -> String.class;
            };
        }

        AggregationKey<Map<Object, Long>> key() {
            return AggregationKey.of(name());
        }
    }

    @PermitAll
    public SearchResults search(SearchRequest request, int offset, int limit) {
        SearchSession session = Search.session(entityManager);
        Prepared prepared = prepared();
        SearchPredicate me = policy.visibleInIndex(prepared.scope().predicate());
        boolean typed = request.text() != null && !request.text().isBlank();
        var query = session.search(prepared.scope())
            .select(prepared.hit())
            .where(f -> matching(f, me, request, null))
            .sort(typed ? prepared.byRelevance() : prepared.newestFirst())
            .highlighter(prepared.marked());
        // Facets nobody chose from are counted with the results, in the same query.
        for (Facet facet : Facet.values()) {
            if (facet.chosen(request).isEmpty()) {
                query = query.aggregation(facet.key(), prepared.counts().get(facet));
            }
        }
        SearchResult<List<?>> result = query.fetch(offset, limit);
        Map<Facet, Map<Object, Long>> counts = new java.util.EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            if (facet.chosen(request).isEmpty()) {
                counts.put(facet, result.aggregation(facet.key()));
            } else {
                // A chosen facet is counted without its own choices: one more query, counts only.
                counts.put(facet, session.search(prepared.scope())
                    .where(f -> matching(f, me, request, facet))
                    .aggregation(facet.key(), prepared.counts().get(facet))
                    .fetch(0).aggregation(facet.key()));
            }
        }
        // Two snippets a hit: from its documents first, then from its summary for the hits whose documents
        // gave fewer (usually none, so the summary's highlighter is only made when a hit needs it).
        SummarySnippets fromSummary = null;
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            long id = (Long) row.get(0);
            @SuppressWarnings("unchecked")
            List<String> authorities = (List<String>) row.get(4);
            @SuppressWarnings("unchecked")
            List<String> snippets = (List<String>) row.get(5);
            if (snippets.size() < 2 && typed) {
                fromSummary = fromSummary != null ? fromSummary : new SummarySnippets(request.text().strip());
                snippets = Stream.concat(snippets.stream(), fromSummary.of((String) row.get(3)).stream()).limit(2).toList();
            }
            hits.add(new SearchResults.Hit(id, (String) row.get(1), (Integer) row.get(2), (String) row.get(3), snippets,
                authorities.stream().distinct().collect(Collectors.joining(", "))));
        }
        return new SearchResults(result.total().hitCount(), hits, new SearchResults.Facets(typed(counts.get(Facet.AREA)),
            typed(counts.get(Facet.QUALITY)), typed(counts.get(Facet.AUTHORITY)), typed(counts.get(Facet.PROVIDER)),
            typed(counts.get(Facet.YEAR)), typed(counts.get(Facet.FILE_TYPE))));
    }

    /**
     * The parts of a search that are the same for every one, built once from the index's mapping: what is
     * read for a hit (everything shown comes from the index, with no database round trip per hit), the two
     * orders, the highlighter and each facet's count. Only the conditions (who asks, the words, the choices)
     * are built per search. Building all of it on every search cost about 0.1 ms of a search's 9 ms
     * (CaseStudySearchBenchmark, 10 000 case studies).
     */
    private record Prepared(SearchScope<CaseStudy> scope, SearchProjection<List<?>> hit, SearchSort byRelevance,
            SearchSort newestFirst, SearchHighlighter marked, Map<Facet, SearchAggregation<Map<Object, Long>>> counts) {

        static Prepared of(SearchScope<CaseStudy> scope) {
            var f = scope.projection();
            Map<Facet, SearchAggregation<Map<Object, Long>>> counts = new java.util.EnumMap<>(Facet.class);
            for (Facet facet : Facet.values()) {
                counts.put(facet, terms(scope.aggregation(), facet).toAggregation());
            }
            return new Prepared(scope,
                f.composite().from(f.id(Long.class), f.field("title", String.class), f.field("yearOfPractice", Integer.class),
                    f.field("summary", String.class), f.field("places.localAuthority", String.class).list(),
                    f.highlight("attachments.text")).asList().toProjection(),
                scope.sort().score().toSort(),
                scope.sort().field("yearOfPractice").desc().then().score().toSort(),
                // Up to two passages a field, the words found marked, everything else escaped as HTML.
                scope.highlighter().unified().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>").numberOfFragments(2)
                    .toHighlighter(),
                java.util.Collections.unmodifiableMap(counts));
        }
    }

    private volatile Prepared prepared;

    private Prepared prepared() {
        if (prepared == null) {
            prepared = Prepared.of(Search.mapping(entityManager.getEntityManagerFactory()).scope(CaseStudy.class));
        }
        return prepared;
    }

    /**
     * A summary's snippets, highlighted from the summary read with the hit, by Lucene's unified highlighter
     * over the summary's own analyzer: what Hibernate Search's highlighter does for this field (it has no
     * term vectors, so the text is analysed again), without a second query. Asked to highlight the summary,
     * Hibernate Search would read each hit's stored document again, with its ~50 KB of document text,
     * for a field of a few lines.
     */
    private final class SummarySnippets {

        private final org.apache.lucene.search.Query words;
        private final org.apache.lucene.search.uhighlight.UnifiedHighlighter highlighter;

        SummarySnippets(String text) {
            org.apache.lucene.analysis.Analyzer english = english();
            // Any of the words typed (the hit matched all of them, in one field or another), in the summary:
            // the same parser Hibernate Search uses for simpleQueryString, so quotes, prefixes and "-" read alike.
            this.words = new org.apache.lucene.queryparser.simple.SimpleQueryParser(english, "summary").parse(text);
            this.highlighter = org.apache.lucene.search.uhighlight.UnifiedHighlighter.builderWithoutSearcher(english)
                .withBreakIterator(() -> java.text.BreakIterator.getSentenceInstance(java.util.Locale.ROOT))
                .withMaxNoHighlightPassages(0)
                .withFormatter(PASSAGES_MARKED)
                .build();
        }

        List<String> of(String summary) {
            if (summary == null || summary.isEmpty()) {
                return List.of();
            }
            try {
                @SuppressWarnings("unchecked")
                List<String> passages = (List<String>) highlighter.highlightWithoutSearcher("summary", words, summary, 2);
                return passages == null ? List.of() : passages;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e); // analysing a string in memory
            }
        }
    }

    /**
     * Each passage on its own, its words marked and everything else escaped as HTML by the same encoder
     * as the documents' snippets ({@link HighlighterEncoder#HTML} is Lucene's SimpleHTMLEncoder).
     */
    private static final org.apache.lucene.search.uhighlight.PassageFormatter PASSAGES_MARKED =
        new org.apache.lucene.search.uhighlight.PassageFormatter() {
            private final org.apache.lucene.search.uhighlight.DefaultPassageFormatter html =
                new org.apache.lucene.search.uhighlight.DefaultPassageFormatter("<mark>", "</mark>", "", false) {
                    @Override
                    protected void append(StringBuilder dest, String content, int start, int end) {
                        dest.append(org.apache.lucene.search.highlight.SimpleHTMLEncoder.htmlEncode(content.substring(start, end)));
                    }
                };

            @Override
            public Object format(org.apache.lucene.search.uhighlight.Passage[] passages, String content) {
                List<String> each = new ArrayList<>(passages.length);
                for (var passage : passages) {
                    each.add(html.format(new org.apache.lucene.search.uhighlight.Passage[] {passage}, content).trim());
                }
                return each;
            }
        };

    private volatile org.apache.lucene.analysis.Analyzer english;

    /** The index's English analyzer (EnglishAnalysis), as Hibernate Search built it. */
    private org.apache.lucene.analysis.Analyzer english() {
        if (english == null) {
            english = Search.mapping(entityManager.getEntityManagerFactory()).backend()
                .unwrap(org.hibernate.search.backend.lucene.LuceneBackend.class).analyzer("english")
                .orElseThrow(() -> new IllegalStateException("No analyzer \"english\" in the index (EnglishAnalysis)"));
        }
        return english;
    }

    /**
     * What the asker may see, matching the words typed and the facet choices, except those of {@code except}.
     * Only the words score: who may see a case study, and the facets chosen, are filters, so they neither
     * change the ranking nor cost the scoring of every match.
     */
    private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep matching(SearchPredicateFactory f,
            SearchPredicate visible, SearchRequest request, Facet except) {
        var bool = f.bool().filter(visible);
        if (request.text() != null && !request.text().isBlank()) {
            bool.must(f.simpleQueryString()
                .field("title").boost(4f)
                .field("summary").boost(2f)
                .fields("outcomes", "attachments.text")
                .matching(request.text().strip())
                .defaultOperator(BooleanOperator.AND));
        }
        for (Facet facet : Facet.values()) {
            if (facet != except && !facet.chosen(request).isEmpty()) {
                bool.filter(f.terms().field(facet.field).matchingAny(facet.chosen(request)));
            }
        }
        return bool;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep<Map<Object, Long>> terms(
            org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory f, Facet facet) {
        return (org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep) f.terms().field(facet.field, facet.type())
            .maxTermCount(facet.maxTerms);
    }

    @SuppressWarnings("unchecked")
    private static <K> Map<K, Long> typed(Map<Object, Long> counts) {
        return (Map<K, Long>) (Map<?, Long>) counts;
    }

    /**
     * Published case studies like this one (sharing its core-purpose areas, leadership qualities and
     * words of its title), that the asker may see, best first. Nothing for a case study the asker may not
     * see: what it brings up would tell what it is about.
     */
    @PermitAll
    public List<SearchResults.Hit> related(long caseStudyId, int limit) {
        CaseStudy self = policy.findVisible(caseStudyId).orElse(null);
        if (self == null) {
            return List.of();
        }
        SearchPredicate visible = policy.visibleInIndex(prepared().scope().predicate());
        return Search.session(entityManager).search(prepared().scope())
            // Ranked by what it shares with this one only; visibility and status filter.
            .where(f -> f.bool()
                .filter(visible)
                .filter(f.match().field("status").matching(CaseStudyStatus.PUBLISHED))
                .mustNot(f.id().matching(caseStudyId))
                .must(f.bool()
                    .should(self.getAreas().isEmpty() ? f.matchNone() : f.terms().field("area").matchingAny(self.getAreas()))
                    .should(self.getQualities().isEmpty() ? f.matchNone() : f.terms().field("quality").matchingAny(self.getQualities()))
                    .should(f.match().field("title").matching(self.getTitle()).boost(2f))))
            .fetchHits(limit).stream()
            .map(s -> new SearchResults.Hit(s.getId(), s.getTitle(), s.getYearOfPractice(), s.getSummary(), List.of(), ""))
            .toList();
    }
}
