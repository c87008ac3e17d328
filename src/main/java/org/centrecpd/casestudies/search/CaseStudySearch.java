package org.centrecpd.casestudies.search;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.Role;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds case studies by what is written in them, including inside their documents: ranked by
 * relevance (a match in the title counts most, then the summary, then outcomes and documents),
 * with highlighted snippets, and facet counts. Every query, facet count and "related" list is
 * filtered by the same visibility rule as the database paths ({@code CaseStudyRepository.VISIBLE}):
 * the author, the partners overseeing its centres, and once published its audience.
 */
@Service
@Transactional(readOnly = true)
public class CaseStudySearch {

    private static final AggregationKey<Map<CorePurposeArea, Long>> AREAS = AggregationKey.of("areas");
    private static final AggregationKey<Map<LeadershipQuality, Long>> QUALITIES = AggregationKey.of("qualities");
    private static final AggregationKey<Map<String, Long>> AUTHORITIES = AggregationKey.of("authorities");
    private static final AggregationKey<Map<String, Long>> PROVIDERS = AggregationKey.of("providers");
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");
    private static final AggregationKey<Map<String, Long>> FILE_TYPES = AggregationKey.of("fileTypes");

    private final EntityManager entityManager;
    private final AccessScope scope;

    CaseStudySearch(EntityManager entityManager, AccessScope scope) {
        this.entityManager = entityManager;
        this.scope = scope;
    }

    @PermitAll
    public SearchResults search(SearchRequest request, int offset, int limit) {
        SearchSession session = Search.session(entityManager);
        AccessScope.SearchScope me = scope.forSearch();
        boolean typed = request.text() != null && !request.text().isBlank();
        SearchResult<List<?>> result = session.search(CaseStudy.class)
            // Everything shown comes from the index (projections): no database round trip per hit.
            .select(f -> f.composite().from(f.id(Long.class), f.field("title", String.class), f.field("yearOfPractice", Integer.class),
                f.field("summary", String.class), f.field("places.localAuthority", String.class).list(),
                f.highlight("summary"), f.highlight("attachments.text")).asList())
            .where((f, root) -> {
                root.add(visibleTo(f, me));
                if (typed) {
                    root.add(f.simpleQueryString()
                        .field("title").boost(4f)
                        .field("summary").boost(2f)
                        .fields("outcomes", "attachments.text")
                        .matching(request.text().strip())
                        .defaultOperator(BooleanOperator.AND));
                }
                anyOf(f, root, "area", request.areas());
                anyOf(f, root, "quality", request.qualities());
                anyOf(f, root, "places.localAuthority", request.authorities());
                anyOf(f, root, "places.provider", request.providers());
                anyOf(f, root, "yearOfPractice", request.years());
                anyOf(f, root, "attachments.fileType", request.fileTypes());
            })
            .sort(f -> typed ? f.score() : f.field("yearOfPractice").desc().then().score())
            .highlighter(h -> h.unified().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>")
                .numberOfFragments(2))
            .aggregation(AREAS, f -> f.terms().field("area", CorePurposeArea.class).maxTermCount(20))
            .aggregation(QUALITIES, f -> f.terms().field("quality", LeadershipQuality.class).maxTermCount(20))
            .aggregation(AUTHORITIES, f -> f.terms().field("places.localAuthority", String.class).maxTermCount(50))
            .aggregation(PROVIDERS, f -> f.terms().field("places.provider", String.class).maxTermCount(50))
            .aggregation(YEARS, f -> f.terms().field("yearOfPractice", Integer.class).maxTermCount(50))
            .aggregation(FILE_TYPES, f -> f.terms().field("attachments.fileType", String.class).maxTermCount(20))
            .fetch(offset, limit);
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            @SuppressWarnings("unchecked")
            List<String> authorities = (List<String>) row.get(4);
            @SuppressWarnings("unchecked")
            List<String> summary = (List<String>) row.get(5);
            @SuppressWarnings("unchecked")
            List<String> inDocuments = (List<String>) row.get(6);
            List<String> snippets = Stream.concat(inDocuments.stream(), summary.stream()).limit(2).toList();
            hits.add(new SearchResults.Hit((Long) row.get(0), (String) row.get(1), (Integer) row.get(2), (String) row.get(3), snippets,
                authorities.stream().distinct().collect(Collectors.joining(", "))));
        }
        return new SearchResults(result.total().hitCount(), hits, new SearchResults.Facets(result.aggregation(AREAS),
            result.aggregation(QUALITIES), result.aggregation(AUTHORITIES), result.aggregation(PROVIDERS),
            result.aggregation(YEARS), result.aggregation(FILE_TYPES)));
    }

    /**
     * Published case studies like this one (sharing its core-purpose areas, leadership qualities and
     * words of its title), that the asker may see, best first.
     */
    @PermitAll
    public List<SearchResults.Hit> related(long caseStudyId, int limit) {
        CaseStudy self = entityManager.find(CaseStudy.class, caseStudyId);
        if (self == null) {
            return List.of();
        }
        AccessScope.SearchScope me = scope.forSearch();
        return Search.session(entityManager).search(CaseStudy.class)
            .where((f, root) -> {
                root.add(visibleTo(f, me));
                root.add(f.match().field("status").matching(CaseStudyStatus.PUBLISHED));
                root.add(f.not(f.id().matching(caseStudyId)));
                root.add(f.bool()
                    .should(self.getAreas().isEmpty() ? f.matchNone() : f.terms().field("area").matchingAny(self.getAreas()))
                    .should(self.getQualities().isEmpty() ? f.matchNone() : f.terms().field("quality").matchingAny(self.getQualities()))
                    .should(f.match().field("title").matching(self.getTitle()).boost(2f)));
            })
            .fetchHits(limit).stream()
            .map(s -> new SearchResults.Hit(s.getId(), s.getTitle(), s.getYearOfPractice(), s.getSummary(), List.of(), ""))
            .toList();
    }

    /** The visibility rule, for the index: what the asker wrote, oversees, or may read once published. */
    private static SearchPredicate visibleTo(SearchPredicateFactory f, AccessScope.SearchScope me) {
        var visible = f.bool()
            .should(f.match().field("authorAccountId").matching(me.accountId()))
            .should(f.bool()
                .must(f.match().field("status").matching(CaseStudyStatus.PUBLISHED))
                .must(f.bool()
                    .should(f.match().field("publishedToAll").matching(true))
                    .should(me.centres().isEmpty() ? f.matchNone() : f.terms().field("audience").matchingAny(me.centres()))));
        if (!me.overseen().isEmpty()) {
            visible.should(f.terms().field("centre").matchingAny(me.overseen()));
        }
        return visible.toPredicate();
    }

    private static void anyOf(SearchPredicateFactory f, org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector<?, ?> root,
                              String field, java.util.Collection<?> values) {
        if (!values.isEmpty()) {
            root.add(f.terms().field(field).matchingAny(values));
        }
    }

    /** How far a rebuild has got. */
    public record Progress(long done, long total, boolean finished) {
    }

    /**
     * Rebuilds the index from the database (an admin action; at start-up it happens by itself when
     * the index is missing). Runs in the background and reports progress as it goes; search keeps
     * answering from the old index meanwhile.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public java.util.concurrent.CompletableFuture<?> rebuild(java.util.function.Consumer<Progress> progress) {
        java.util.concurrent.atomic.AtomicLong total = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        var monitor = new org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor() {
            @Override
            public void addToTotalCount(long count) {
                total.addAndGet(count);
                progress.accept(new Progress(done.get(), total.get(), false));
            }

            @Override
            public void documentsAdded(long count) {
                progress.accept(new Progress(done.addAndGet(count), total.get(), false));
            }

            @Override
            public void documentsBuilt(long count) {
            }

            @Override
            public void entitiesLoaded(long count) {
            }

            @Override
            public void indexingCompleted() {
                progress.accept(new Progress(done.get(), total.get(), true));
            }
        };
        return Search.mapping(entityManager.getEntityManagerFactory()).scope(CaseStudy.class).massIndexer()
            .monitor(monitor).start().toCompletableFuture();
    }
}
