package org.centrecpd.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.centrecpd.casestudies.search.CaseStudySearch;
import org.centrecpd.casestudies.search.SearchRequest;
import org.centrecpd.casestudies.search.SearchResults;
import org.centrecpd.demo.DemoLogins;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Search latency at library scale, as figures and as a ratio to the same queries run directly on the
 * Lucene index in the same run. Generates N published case studies (default 10 000; -Dbench.n=…),
 * each with a document of about 50 KB of sector vocabulary, indexes them, then times fixed 2–3 word
 * queries with highlights and facets, as a practitioner (so the visibility filter is part of it).
 * Prints; asserts only that the queries find something.
 * <p>
 * Run: {@code ./mvnw test -Dtest=CaseStudySearchBenchmark -Dbench.n=10000} (not part of the normal test run).
 */
@SpringBootTest(properties = {
    "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
    "spring.jpa.properties.hibernate.search.backend.directory.root=target/benchmark-index",
    "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=async"})
class CaseStudySearchBenchmark {

    private static final String[] WORDS = ("family support outreach health visitor early years practitioner speech language "
        + "communication parents children centre nursery toddlers babies breastfeeding stay play group session outdoor forest "
        + "school music movement library books reading stories puppets transition reception social worker safeguarding early "
        + "help assessment volunteer employment training fathers grandparents community garden allotment weaning sleep routine "
        + "behaviour confidence wellbeing attendance registration births midwife clinic partnership commissioning provider "
        + "locality group evidence outcomes evaluation feedback survey improvement leadership vision reflection supervision "
        + "mentoring coaching budget recommissioning change staff team manager partner authority county district estate rural "
        + "urban travellers refugees interpreters languages bilingual home visits drop-in crèche snacks healthy eating cooking "
        + "dental teeth brushing immunisation development milestones two-year-olds funded places childminders network").split(" ");
    private static final List<String> QUERIES = List.of("forest school", "speech language", "home visits", "healthy eating",
        "fathers group", "breastfeeding clinic", "transition reception", "volunteer employment training", "music movement",
        "bilingual stories");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseStudySearch search;
    @Autowired
    UserDetailsService users;
    @Autowired
    jakarta.persistence.EntityManagerFactory emf;
    @Autowired
    org.centrecpd.casestudies.extraction.TextExtractor extractor;
    @Autowired
    org.centrecpd.casestudies.service.ExtractionWorker worker;

    @Test
    void searchLatencyAgainstLuceneDirectly() throws Exception {
        int n = Integer.getInteger("bench.n", 10_000);
        long t0 = System.nanoTime();
        generate(n);
        long generated = System.nanoTime();
        Search.mapping(emf).scope(org.centrecpd.casestudies.domain.CaseStudy.class).massIndexer()
            .threadsToLoadObjects(2).startAndWait();
        long indexed = System.nanoTime();
        System.out.printf("%nCase-study search benchmark: %d case studies, ~50 KB of text each%n", n);
        System.out.printf("  generate in the database: %.1f s; index (mass indexer): %.1f s (%.0f docs/s)%n",
            (generated - t0) / 1e9, (indexed - generated) / 1e9, n / ((indexed - generated) / 1e9));

        measure("as indexed");
        // Fewer, larger segments: each facet's ordinals are then mapped across fewer segments per query.
        var workspace = Search.mapping(emf).scope(org.centrecpd.casestudies.domain.CaseStudy.class).workspace();
        long m0 = System.nanoTime();
        workspace.mergeSegments();
        workspace.flush(); // committed, so that the direct reader opens the same single segment
        System.out.printf("  merged the index into one segment: %.1f s%n", (System.nanoTime() - m0) / 1e9);
        measure("after merging segments");
    }

    private void measure(String label) throws Exception {
        System.out.printf("  %s%n", label);
        var amara = users.loadUserByUsername(DemoLogins.PRACTITIONER);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(amara, null, amara.getAuthorities()));
        for (int i = 0; i < 3; i++) {
            for (String q : QUERIES) {
                assertThat(search.search(SearchRequest.of(q), 0, 10).total()).isPositive();
            }
        }
        long[] app = time(() -> QUERIES.forEach(q -> search.search(SearchRequest.of(q), 0, 10)));

        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of("target/benchmark-index/case-study")))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            System.out.printf("  index segments: %d%n", reader.leaves().size());
            Analyzer english = new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    Tokenizer source = new StandardTokenizer();
                    TokenStream chain = new PorterStemFilter(new StopFilter(new ASCIIFoldingFilter(new LowerCaseFilter(source)),
                        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
                    return new TokenStreamComponents(source, chain);
                }
            };
            SimpleQueryParser parser = new SimpleQueryParser(english,
                Map.of("title", 4f, "summary", 2f, "outcomes", 1f, "attachments.text", 1f));
            parser.setDefaultOperator(BooleanClause.Occur.MUST);
            for (int i = 0; i < 3; i++) {
                QUERIES.forEach(q -> lucene(searcher, parser, english, q));
            }
            long[] direct = time(() -> QUERIES.forEach(q -> lucene(searcher, parser, english, q)));
            System.out.printf("  per query (ms)          p50     p95     p99%n");
            System.out.printf("  Hibernate Search   %8.2f%8.2f%8.2f   (visibility filter, 6 facets, highlights, projections from the index)%n",
                app[0] / 1e6, app[1] / 1e6, app[2] / 1e6);
            System.out.printf("  Lucene directly    %8.2f%8.2f%8.2f   (same query and boosts, highlights, the six facets counted by hand)%n",
                direct[0] / 1e6, direct[1] / 1e6, direct[2] / 1e6);
            System.out.printf("  ratio (p95)        %8.2f%n%n", (double) app[1] / direct[1]);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Upload to searchable, through the library (type detection, storage, a forked Tika JVM per
     * reader, the index updated on commit), against plain in-process Tika parsing of the same files:
     * what isolation costs per document.
     */
    @Test
    void uploadToSearchableAgainstPlainTika(@Autowired org.centrecpd.casestudies.service.CaseStudyService caseStudies)
            throws Exception {
        int m = Integer.getInteger("bench.documents", 40);
        Path folder = Files.createTempDirectory("bench-documents");
        Random random = new Random(5);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            List<String> lines = new ArrayList<>();
            for (int l = 0; l < 40; l++) {
                lines.add(sentence(random, 12));
            }
            files.add(org.centrecpd.casestudies.Documents.pdf(folder, "report-" + i + ".pdf", lines.toArray(String[]::new)));
        }
        var parser = new org.apache.tika.parser.AutoDetectParser();
        for (Path f : files.subList(0, 3)) {
            parsePlain(parser, f);
        }
        long t = System.nanoTime();
        for (Path f : files) {
            parsePlain(parser, f);
        }
        double plain = (System.nanoTime() - t) / 1e9;
        for (Path f : files.subList(0, 3)) {
            extractor.extract(f); // the children are started and warm in a running server
        }
        t = System.nanoTime();
        for (Path f : files) {
            extractor.extract(f);
        }
        double forked = (System.nanoTime() - t) / 1e9;

        var partner = users.loadUserByUsername(DemoLogins.PARTNER);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(partner, null, partner.getAuthorities()));
        long ashbrook = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        // Four documents to a case study, as a write-up with its evaluation, plan and handouts might have.
        List<Long> studies = new ArrayList<>();
        for (int i = 0; i < (m + 3) / 4; i++) {
            studies.add(caseStudies.create(new org.centrecpd.casestudies.service.CaseStudyForm("Throughput " + i, "Benchmark", null,
                2025, java.util.Set.of(ashbrook), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), null)));
        }
        long id = studies.getFirst();
        // Warm the child JVMs up, as a running server has them.
        caseStudies.attach(id, "warm.pdf", files.get(0));
        waitForNoneQueued();
        t = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            caseStudies.attach(studies.get(i / 4), files.get(i).getFileName().toString(), files.get(i));
        }
        double uploads = (System.nanoTime() - t) / 1e9;
        waitForNoneQueued();
        double library = (System.nanoTime() - t) / 1e9;
        SecurityContextHolder.clearContext();

        // The background pipeline alone: the same documents, already stored, queued at once (as after a
        // restart or a bulk upload) and read by the workers until all are searchable again.
        jdbc.update("update case_study_attachment set status = 'QUEUED', extracted_text = null where case_study_id in "
            + "(select id from case_study where title like 'Throughput %') and file_name <> 'warm.pdf'");
        t = System.nanoTime();
        worker.run(null);
        waitForNoneQueued();
        double pipeline = (System.nanoTime() - t) / 1e9;
        System.out.printf("%nUpload to searchable, %d PDFs of ~40 lines; isolation: Tika %s%n", m, extractor.isolation());
        System.out.printf("  plain Tika in-process, one at a time: %.2f s (%.1f docs/s)%n", plain, m / plain);
        System.out.printf("  isolated Tika alone, one at a time:   %.2f s (%.1f docs/s)%n", forked, m / forked);
        System.out.printf("  library, isolated Tika (2 processes): %.2f s (%.1f docs/s)%n", library, m / library);
        System.out.printf("    of which the uploads (checks, storage, database):  %.2f s%n", uploads);
        System.out.printf("  throughput ratio (library / plain):   %.2f; isolation costs %.0f ms per document%n",
            plain / library, (library - plain) * 1000 / m);
        System.out.printf("  queued documents made searchable (2 processes): %.2f s (%.1f docs/s); ratio to plain: %.2f%n%n",
            pipeline, m / pipeline, plain / pipeline);
        assertThat(jdbc.queryForObject("select count(*) from case_study_attachment a join case_study c on c.id = a.case_study_id "
            + "where c.title like 'Throughput %' and a.status = 'SEARCHABLE'", Long.class)).isEqualTo(m + 1L);
    }

    private static void parsePlain(org.apache.tika.parser.AutoDetectParser parser, Path file) throws Exception {
        try (var in = org.apache.tika.io.TikaInputStream.get(file)) {
            var handler = new org.apache.tika.sax.BodyContentHandler(-1);
            parser.parse(in, handler, new org.apache.tika.metadata.Metadata(), new org.apache.tika.parser.ParseContext());
            assertThat(handler.toString()).isNotBlank();
        }
    }

    private void waitForNoneQueued() throws InterruptedException {
        while (jdbc.queryForObject("select count(*) from case_study_attachment where status in ('QUEUED', 'EXTRACTING')", Long.class) > 0) {
            Thread.sleep(20);
        }
    }

    /** The same work, straight on the index: parse, search, highlight the ten hits, count one facet. */
    private static void lucene(IndexSearcher searcher, SimpleQueryParser parser, Analyzer english, String text) {
        try {
            Query query = new BooleanQuery.Builder()
                .add(parser.parse(text), BooleanClause.Occur.MUST)
                .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("status", "PUBLISHED")), BooleanClause.Occur.FILTER)
                .build();
            TopDocs top = searcher.search(query, 10);
            // The same kind of highlighter as the app's (unified, over the stored text), two passages per hit.
            org.apache.lucene.search.uhighlight.UnifiedHighlighter highlighter =
                org.apache.lucene.search.uhighlight.UnifiedHighlighter.builder(searcher, english).build();
            highlighter.highlight("attachments.text", query, top, 2);
            var stored = searcher.storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                stored.document(hit.doc); // title, year, summary shown with each hit
            }
            // The same six facets as the app, counted over every match: the ordinals of the keyword
            // fields and the values of the year, read from doc values in one pass per segment.
            List<String> keywordFacets = List.of("area", "quality", "places.localAuthority", "places.provider", "attachments.fileType");
            Map<String, Map<Long, Long>> counts = new java.util.HashMap<>();
            var weight = searcher.createWeight(searcher.rewrite(query), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                var scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                List<SortedSetDocValues> keywords = new ArrayList<>();
                for (String field : keywordFacets) {
                    SortedSetDocValues values = leaf.reader().getSortedSetDocValues(field);
                    if (values != null) {
                        keywords.add(values);
                    }
                }
                var years = leaf.reader().getSortedNumericDocValues("yearOfPractice");
                var docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    for (int k = 0; k < keywords.size(); k++) {
                        SortedSetDocValues values = keywords.get(k);
                        if (values.advanceExact(doc)) {
                            for (int i = 0; i < values.docValueCount(); i++) {
                                counts.computeIfAbsent("k" + k, x -> new java.util.HashMap<>()).merge(values.nextOrd(), 1L, Long::sum);
                            }
                        }
                    }
                    if (years != null && years.advanceExact(doc)) {
                        for (int i = 0; i < years.docValueCount(); i++) {
                            counts.computeIfAbsent("year", x -> new java.util.HashMap<>()).merge(years.nextValue(), 1L, Long::sum);
                        }
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** p50, p95, p99 of one query, in nanoseconds, over 20 rounds of all the queries. */
    private static long[] time(Runnable allQueries) {
        List<Long> perQuery = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            long t = System.nanoTime();
            allQueries.run();
            long each = (System.nanoTime() - t) / QUERIES.size();
            perQuery.add(each);
        }
        long[] sorted = perQuery.stream().mapToLong(Long::longValue).sorted().toArray();
        return new long[]{sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95) - 1], sorted[sorted.length - 1]};
    }

    private void generate(int n) {
        Random random = new Random(13);
        long partner = jdbc.queryForObject("select id from user_account where username = ?", Long.class, DemoLogins.PARTNER);
        long ashbrook = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        String[] areas = {"improving-outcomes", "assessing-need", "universal-services", "targeted-support", "community-hub",
            "sharing-expertise", "engaging-parents", "partnership-working"};
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        int batch = 500;
        for (int start = 0; start < n; start += batch) {
            int size = Math.min(batch, n - start);
            List<Object[]> studies = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                studies.add(new Object[]{sentence(random, 6), sentence(random, 60), sentence(random, 30), 2015 + random.nextInt(11),
                    partner, now, now, now});
            }
            List<Long> ids = new ArrayList<>();
            for (Object[] s : studies) {
                var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
                jdbc.update(c -> {
                    var ps = c.prepareStatement("""
                        insert into case_study (title, summary, outcomes, year_of_practice, status, published_to_all, author_account_id,
                            author_name, created_at, updated_at, published_at) values (?, ?, ?, ?, 'PUBLISHED', true, ?, 'Benchmark', ?, ?, ?)""",
                        new String[]{"id"});
                    for (int k = 0; k < s.length; k++) {
                        ps.setObject(k + 1, s[k]);
                    }
                    return ps;
                }, key);
                ids.add(key.getKey().longValue());
            }
            jdbc.batchUpdate("insert into case_study_centre (case_study_id, centre_id) values (?, ?)",
                ids.stream().map(id -> new Object[]{id, ashbrook}).toList());
            jdbc.batchUpdate("insert into case_study_area (case_study_id, area) values (?, ?)",
                ids.stream().map(id -> new Object[]{id, areas[random.nextInt(areas.length)]}).toList());
            jdbc.batchUpdate("insert into case_study_place (case_study_id, local_authority, provider) values (?, 'Eastmoor County Council', 'Benchmark Trust')",
                ids.stream().map(id -> new Object[]{id}).toList());
            jdbc.batchUpdate("""
                insert into case_study_attachment (case_study_id, file_name, media_type, file_type, size_bytes, sha256, status,
                    extracted_text, text_truncated, uploaded_at) values (?, 'report.pdf', 'application/pdf', 'PDF', 60000, ?, 'SEARCHABLE', ?, false, ?)""",
                ids.stream().map(id -> new Object[]{id, "0".repeat(64), sentence(random, 7000), now}).toList());
        }
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder(words * 8);
        for (int i = 0; i < words; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(i % 15 == 14 ? ". " : " ");
        }
        return text.toString().strip();
    }

}
