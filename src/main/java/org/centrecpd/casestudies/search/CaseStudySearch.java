package org.centrecpd.casestudies.search;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.centrecpd.casestudies.domain.CaseStudy;
import org.centrecpd.casestudies.domain.CaseStudyStatus;
import org.centrecpd.casestudies.service.CaseStudyPolicy;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.SearchHighlighter;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds case studies by what is written in them, including inside their documents: ranked by relevance (a
 * match in the title counts most, then the summary, then outcomes and documents), with highlighted snippets,
 * and facet counts. Every query, facet count and "related" list keeps to what the asker may see
 * ({@link CaseStudyPolicy#visibleInIndex}).
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

    @PermitAll
    public SearchResults search(SearchRequest asked, int offset, int limit) {
        TypedWords words = TypedWords.of(asked.text());
        SearchRequest request = new SearchRequest(words.text(), asked.areas(), asked.qualities(), asked.authorities(),
            asked.providers(), asked.years(), asked.fileTypes());
        SearchSession session = Search.session(entityManager);
        Prepared prepared = prepared();
        SearchPredicate visible = policy.visibleInIndex(prepared.scope().predicate());
        boolean typed = request.text() != null && !request.text().isBlank();
        var query = session.search(prepared.scope())
            .select(prepared.found())
            .where(f -> matching(f, visible, request, null))
            .sort(typed ? prepared.byRelevance() : prepared.newestFirst())
            .highlighter(prepared.marked());
        // Facets nobody chose from are counted with the results, in the same query.
        for (Facet facet : Facet.values()) {
            if (facet.chosen(request).isEmpty()) {
                query = query.aggregation(facet.key(), prepared.counts(facet));
            }
        }
        SearchResult<IndexedCaseStudy> result = query.fetch(offset, limit);
        Map<Facet, Map<Object, Long>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            if (facet.chosen(request).isEmpty()) {
                counts.put(facet, result.aggregation(facet.key()));
            } else {
                // A chosen facet is counted without its own choices: one more query, counts only.
                counts.put(facet, session.search(prepared.scope())
                    .where(f -> matching(f, visible, request, facet))
                    .aggregation(facet.key(), prepared.counts(facet))
                    .fetch(0).aggregation(facet.key()));
            }
        }
        return new SearchResults(result.total().hitCount(), result.hits().stream().map(IndexedCaseStudy::hit).toList(),
            new SearchResults.Facets(typed(counts.get(Facet.AREA)), typed(counts.get(Facet.QUALITY)),
                typed(counts.get(Facet.AUTHORITY)), typed(counts.get(Facet.PROVIDER)), typed(counts.get(Facet.YEAR)),
                typed(counts.get(Facet.FILE_TYPE))), words.cut(), words.text());
    }

    /**
     * Published case studies like this one (sharing its core-purpose areas, leadership qualities and words of its
     * title), that the asker may see, best first. Nothing for a case study the asker may not see: what it brings
     * up would tell what it is about.
     */
    @PermitAll
    public List<SearchResults.Hit> related(long caseStudyId, int limit) {
        CaseStudy self = policy.findVisible(caseStudyId).orElse(null);
        if (self == null) {
            return List.of();
        }
        Prepared prepared = prepared();
        SearchPredicate visible = policy.visibleInIndex(prepared.scope().predicate());
        return Search.session(entityManager).search(prepared.scope())
            .select(prepared.found())
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
            .map(IndexedCaseStudy::hit)
            .toList();
    }

    /**
     * What the asker may see, matching the words typed and the facet choices, except those of {@code except}.
     * Only the words score: who may see a case study, and the facets chosen, are filters, so they neither
     * change the ranking nor cost the scoring of every match.
     */
    private static PredicateFinalStep matching(SearchPredicateFactory f, SearchPredicate visible, SearchRequest request,
                                               Facet except) {
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

    @SuppressWarnings("unchecked")
    private static <K> Map<K, Long> typed(Map<Object, Long> counts) {
        return (Map<K, Long>) (Map<?, Long>) counts;
    }

    /**
     * The parts of a search that are the same for every one, built once from the index's mapping: what is read
     * for a hit (everything shown comes from the index), the two orders and the highlighter. Only the conditions
     * (who asks, the words, the choices) and the facet counts are built per search. Building all of it on every
     * search cost about 0.1 ms of a search's 9 ms (CaseStudySearchBenchmark, 10 000 case studies).
     * <p>
     * The facet counts are never shared: Hibernate Search 8.3's terms aggregation keeps the key of its
     * collector in a field set by each query, so two searches at once with one aggregation object read each
     * other's key, and one failed with a NullPointerException ({@code "termResults" is null}). The load test
     * found it (docs/benchmarks.md, issue 34); CaseStudyFacetsTest runs searches at once to keep it found.
     */
    private record Prepared(SearchScope<CaseStudy> scope, SearchProjection<IndexedCaseStudy> found, SearchSort byRelevance,
                            SearchSort newestFirst, SearchHighlighter marked) {

        static Prepared of(SearchScope<CaseStudy> scope) {
            return new Prepared(scope,
                scope.projection().composite().as(IndexedCaseStudy.class).toProjection(),
                scope.sort().score().toSort(),
                scope.sort().field("yearOfPractice").desc().then().score().toSort(),
                // Up to two passages a field, in sentences, the words found marked, everything else escaped as HTML.
                scope.highlighter().unified().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>").numberOfFragments(2)
                    .toHighlighter());
        }

        /** A new count of this facet, for one query only (see above). */
        SearchAggregation<Map<Object, Long>> counts(Facet facet) {
            return facet.counts(scope.aggregation()).toAggregation();
        }
    }

    private volatile Prepared prepared;

    private Prepared prepared() {
        if (prepared == null) {
            prepared = Prepared.of(Search.mapping(entityManager.getEntityManagerFactory()).scope(CaseStudy.class));
        }
        return prepared;
    }
}
