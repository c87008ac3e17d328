package org.centrecpd.casestudies;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.centrecpd.casestudies.domain.ExtractionStatus;
import org.centrecpd.casestudies.search.CaseStudySearch;
import org.centrecpd.casestudies.search.SearchRequest;
import org.centrecpd.casestudies.search.SearchResults;
import org.centrecpd.casestudies.service.CaseStudyForm;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.LeadershipQuality;
import org.centrecpd.demo.DemoLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Facet counts against a fixture made by hand: five case studies that share one rare word, whose areas,
 * qualities, places, years and documents are chosen so that every count below can be worked out on paper.
 * It checks that a case study is counted once per value however many of its places or documents carry it,
 * that a draft counts only for those who may see it, and that a facet's own choices do not narrow its
 * counts while the other facets' choices do ("drill sideways").
 * <pre>
 *   #  title            centres                   year  areas                         qualities            documents        published
 *   1  stay and play    Ashbrook                  2023  engaging parents              vision               Text             to the partner's centres
 *   2  family walks     Ashbrook, a Southdown one 2024  engaging parents, community   vision, integrated   Web page, Text   to everyone
 *   3  before           Fenbrook                  2024  community hub                 -                    -                to everyone
 *   4  after            Fenbrook                  now   -                             integrated           -                to everyone
 *   5  draft            Ashbrook                  2024  engaging parents              -                    -                (a draft)
 * </pre>
 * Fenbrook changed provider on 1 September 2025, so #3 and #4 are counted under different providers. (Southdown's
 * records begin in April 2024, hence no Southdown centre before then.)
 */
@CentreTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseStudyFacetsTest {

    /** In every fixture case study's summary and in nothing else the demo holds. */
    static final String WORD = "quillwort";

    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    org.centrecpd.casestudies.service.CaseStudyReading reading;
    @Autowired
    org.centrecpd.casestudies.service.CaseStudyReview review;
    @Autowired
    CaseStudySearch search;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    private final int thisYear = LocalDate.now().getYear();
    private long ashbrook;
    private long southdown;
    private long fenbrook;

    @BeforeAll
    void fixture(@TempDir Path folder) throws Exception {
        ashbrook = centre("Ashbrook Children's Centre");
        fenbrook = centre("Fenbrook Children's Centre");
        // A centre of one of the Southdown groups the demo partner oversees.
        southdown = jdbc.queryForObject("""
            select a.centre_id from centre_arrangement a join oversight o on o.centre_group_id = a.centre_group_id
             where a.valid_to is null order by a.centre_id fetch first 1 rows only""", Long.class);
        as(DemoLogins.PARTNER);
        long one = write("Quillwort stay and play", 2023, Set.of(ashbrook), Set.of(CorePurposeArea.ENGAGING_PARENTS),
            Set.of(LeadershipQuality.VISION));
        attachAndWait(one, Documents.text(folder, "notes.txt", "Who came to the sessions and what they said."));
        publish(one, false);
        long two = write("Quillwort family walks", 2024, Set.of(ashbrook, southdown),
            Set.of(CorePurposeArea.ENGAGING_PARENTS, CorePurposeArea.COMMUNITY_HUB),
            Set.of(LeadershipQuality.VISION, LeadershipQuality.INTEGRATED_WORKING));
        attachAndWait(two, Documents.text(folder, "route.html",
            "<!DOCTYPE html><html><head><title>Route</title></head><body><p>The route by the canal.</p></body></html>"));
        attachAndWait(two, Documents.text(folder, "register.txt", "Families who walked each week."));
        publish(two, true);
        publish(write("Quillwort before", 2024, Set.of(fenbrook), Set.of(CorePurposeArea.COMMUNITY_HUB), Set.of()), true);
        publish(write("Quillwort after", thisYear, Set.of(fenbrook), Set.of(), Set.of(LeadershipQuality.INTEGRATED_WORKING)), true);
        write("Quillwort draft", 2024, Set.of(ashbrook), Set.of(CorePurposeArea.ENGAGING_PARENTS), Set.of());
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyFacetCountsEachVisibleCaseStudyOncePerValue() {
        as(DemoLogins.PRACTITIONER); // at Ashbrook, which the partner oversees: sees #1 to #4, not the draft
        SearchResults found = search.search(SearchRequest.of(WORD), 0, 10);

        assertThat(found.total()).isEqualTo(4);
        var facets = found.facets();
        assertThat(facets.areas()).isEqualTo(Map.of(CorePurposeArea.ENGAGING_PARENTS, 2L, CorePurposeArea.COMMUNITY_HUB, 2L));
        assertThat(facets.qualities()).isEqualTo(Map.of(LeadershipQuality.VISION, 2L, LeadershipQuality.INTEGRATED_WORKING, 2L));
        // #2 is in both authorities: once in each, not twice in Eastmoor.
        assertThat(facets.authorities()).isEqualTo(Map.of("Eastmoor County Council", 4L, "Southdown County Council", 1L));
        assertThat(facets.providers()).isEqualTo(counts(
            provider(ashbrook, 2023), provider(ashbrook, 2024), provider(southdown, 2024),
            provider(fenbrook, 2024), provider(fenbrook, thisYear)));
        assertThat(provider(fenbrook, 2024)).isNotEqualTo(provider(fenbrook, thisYear));
        assertThat(facets.years()).isEqualTo(Map.of(2023, 1L, 2024, 2L, thisYear, 1L));
        // #2 has a text document as well as its web page: counted once under Text.
        assertThat(facets.fileTypes()).isEqualTo(Map.of("Text", 2L, "Web page", 1L));
    }

    /**
     * Many people searching at once each get their own counts. Hibernate Search's terms aggregation keeps per-query
     * state, and when one aggregation object served every search, about one search in three failed under the load
     * test's 20 users (NullPointerException, "termResults" is null).
     */
    @Test
    void searchesAtOnceEachGetTheirOwnCounts() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var searches = new java.util.ArrayList<java.util.concurrent.Future<SearchResults>>();
            for (int i = 0; i < 200; i++) {
                searches.add(pool.submit(() -> {
                    as(DemoLogins.PRACTITIONER);
                    try {
                        return search.search(SearchRequest.of(WORD), 0, 10);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            for (var found : searches) {
                assertThat(found.get().facets().years()).isEqualTo(Map.of(2023, 1L, 2024, 2L, thisYear, 1L));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDraftCountsForThoseWhoMaySeeItAndNobodyElse() {
        as(DemoLogins.PARTNER); // its author
        var partner = search.search(SearchRequest.of(WORD), 0, 10);
        assertThat(partner.total()).isEqualTo(5);
        assertThat(partner.facets().areas()).containsEntry(CorePurposeArea.ENGAGING_PARENTS, 3L);
        assertThat(partner.facets().years()).containsEntry(2024, 3L);

        as(DemoLogins.PRACTITIONER);
        var practitioner = search.search(SearchRequest.of(WORD), 0, 10);
        assertThat(practitioner.facets().areas()).containsEntry(CorePurposeArea.ENGAGING_PARENTS, 2L);
        assertThat(practitioner.facets().years()).containsEntry(2024, 2L);
        assertThat(practitioner.hits()).extracting(SearchResults.Hit::title).doesNotContain("Quillwort draft");
    }

    @Test
    void aFacetsOwnChoicesDoNotNarrowItsCountsAndTheOtherFacetsChoicesDo() {
        as(DemoLogins.PRACTITIONER);
        var community = search.search(request(Set.of(CorePurposeArea.COMMUNITY_HUB), Set.of()), 0, 10);
        assertThat(community.hits()).extracting(SearchResults.Hit::title)
            .containsExactlyInAnyOrder("Quillwort family walks", "Quillwort before");
        // The area facet still shows what choosing another area would add.
        assertThat(community.facets().areas()).isEqualTo(Map.of(CorePurposeArea.ENGAGING_PARENTS, 2L, CorePurposeArea.COMMUNITY_HUB, 2L));
        assertThat(community.facets().years()).isEqualTo(Map.of(2024, 2L));
        assertThat(community.facets().fileTypes()).isEqualTo(Map.of("Text", 1L, "Web page", 1L));
        assertThat(community.facets().authorities()).isEqualTo(Map.of("Eastmoor County Council", 2L, "Southdown County Council", 1L));

        // Two facets chosen: each is counted under the other's choice only.
        var both = search.search(request(Set.of(CorePurposeArea.ENGAGING_PARENTS), Set.of(2024)), 0, 10);
        assertThat(both.hits()).extracting(SearchResults.Hit::title).containsExactly("Quillwort family walks");
        assertThat(both.facets().areas()).isEqualTo(Map.of(CorePurposeArea.ENGAGING_PARENTS, 1L, CorePurposeArea.COMMUNITY_HUB, 2L));
        assertThat(both.facets().years()).isEqualTo(Map.of(2023, 1L, 2024, 1L));
        assertThat(both.facets().qualities()).isEqualTo(Map.of(LeadershipQuality.VISION, 1L, LeadershipQuality.INTEGRATED_WORKING, 1L));
        assertThat(both.facets().fileTypes()).isEqualTo(Map.of("Text", 1L, "Web page", 1L));
    }

    private static SearchRequest request(Set<CorePurposeArea> areas, Set<Integer> years) {
        return new SearchRequest(WORD, areas, Set.of(), Set.of(), Set.of(), years, Set.of());
    }

    private long write(String title, int year, Set<Long> centres, Set<CorePurposeArea> areas, Set<LeadershipQuality> qualities) {
        return caseStudies.create(new CaseStudyForm(title, "Practice written up for the facet fixture, about " + WORD + ".",
            null, year, centres, areas, qualities, Set.of(), null));
    }

    private void publish(long id, boolean toEveryone) {
        review.approve(id);
        review.publish(id, toEveryone);
    }

    private void attachAndWait(long id, Path file) throws InterruptedException {
        long attachment = caseStudies.attach(id, file.getFileName().toString(), file).id();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            var row = reading.page(id).attachments().stream().filter(a -> a.id() == attachment).findFirst().orElseThrow();
            if (row.status() == ExtractionStatus.SEARCHABLE) {
                return;
            }
            assertThat(row.status()).as(file.getFileName().toString()).isNotEqualTo(ExtractionStatus.FAILED);
            Thread.sleep(100);
        }
        throw new AssertionError(file.getFileName() + " was not read within 60 s");
    }

    /** The centre's provider on the day the app places practice of that year (1 July, or today for this year). */
    private String provider(long centre, int year) {
        LocalDate day = year == thisYear ? LocalDate.now() : LocalDate.of(year, 7, 1);
        return jdbc.queryForObject("""
            select p.name from centre_arrangement a join provider p on p.id = a.provider_id
             where a.centre_id = ? and a.valid_from <= ? and (a.valid_to is null or a.valid_to > ?)""",
            String.class, centre, day, day);
    }

    /** How often each provider is named among the fixture's places (one per centre of a case study; #2's two differ). */
    private static Map<String, Long> counts(String... providerPerCaseStudy) {
        Map<String, Long> counts = new HashMap<>();
        for (String provider : providerPerCaseStudy) {
            counts.merge(provider, 1L, Long::sum);
        }
        return counts;
    }

    private long centre(String name) {
        return jdbc.queryForObject("select id from centre where name = ?", Long.class, name);
    }

    private void as(String username) {
        org.centrecpd.support.SignIn.as(users, username);
    }
}
