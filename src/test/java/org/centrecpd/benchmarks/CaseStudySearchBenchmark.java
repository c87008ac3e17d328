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
import java.util.Set;
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
import org.centrecpd.organisation.service.AccessScope;
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
 * each with a document of about 50 KB of the sector's words (-Dbench.corpus, see CORPUS), indexes them, then times fixed 2–3 word
 * queries with highlights and facets, as a practitioner (so the visibility filter is part of it),
 * each query timed alone, 100 rounds of the ten (-Dbench.rounds), interleaved with the same query on Lucene directly.
 * Prints; asserts only that the queries find something.
 * <p>
 * Run: {@code ./mvnw test -Dtest=CaseStudySearchBenchmark -Dbench.n=10000} (not part of the normal test run).
 */
@SpringBootTest(properties = {
    "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
    "spring.jpa.properties.hibernate.search.backend.directory.root=target/benchmark-index",
    // As the app runs: the database on disk (H2 file mode, the embedded default), not in the heap the searches
    // share. In memory (the tests' database), the 10 000 documents' text kept ~770 MB live in a 2 GB heap, so
    // the collector marked the old generation again and again (pauses of 17 ms, and one of two cores busy)
    // while the searches were timed: noise that fell most on the side that allocates most.
    "spring.datasource.url=jdbc:h2:file:./" + CaseStudySearchBenchmark.DATABASE
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
    // As the app runs: the test suite counts SQL statements (QueryCountTest), the app does not.
    "spring.jpa.properties.hibernate.generate_statistics=false"})
class CaseStudySearchBenchmark {

    static final String DATABASE = "target/benchmark-db/centre-cpd";

    static {
        // A fresh database each run, made before the application context opens it.
        try (var files = Files.walk(Path.of(DATABASE).getParent())) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.nio.file.NoSuchFileException e) {
            // first run
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final String[] WORDS = ("family support outreach health visitor early years practitioner speech language "
        + "communication parents children centre nursery toddlers babies breastfeeding stay play group session outdoor forest "
        + "school music movement library books reading stories puppets transition reception social worker safeguarding early "
        + "help assessment volunteer employment training fathers grandparents community garden allotment weaning sleep routine "
        + "behaviour confidence wellbeing attendance registration births midwife clinic partnership commissioning provider "
        + "locality group evidence outcomes evaluation feedback survey improvement leadership vision reflection supervision "
        + "mentoring coaching budget recommissioning change staff team manager partner authority county district estate rural "
        + "urban travellers refugees interpreters languages bilingual home visits drop-in crèche snacks healthy eating cooking "
        + "dental teeth brushing immunisation development milestones two-year-olds funded places childminders network").split(" ");
    /** Ten searches a practitioner might type; every word occurs in both corpora (the courses' text and WORDS). */
    private static final List<String> QUERIES = List.of("forest school", "speech language", "home visits", "healthy eating",
        "fathers group", "health visitor clinic", "transition reception", "volunteer employment training", "music movement",
        "reading stories");

    /**
     * Where the generated text comes from (-Dbench.corpus): {@code courses} (the default), the words of the course units in
     * {@code courses/}, as often as they are used there (about 3 600 different words, a few very common and most rare, as in
     * real writing), each case study about the subject of one unit (60% of its words drawn from that unit, the rest from
     * all of them), so that a search matches some of the library and not all of it; or {@code uniform}, the 170 sector words
     * of WORDS drawn alike, where every search matches every case study (the worst case for facet counting). Until
     * 2026-12-04 the benchmark had only the uniform text.
     */
    private static final Corpus CORPUS = "uniform".equals(System.getProperty("bench.corpus", "courses"))
        ? Corpus.UNIFORM : Corpus.fromCourses(Path.of("courses"));

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseStudySearch search;
    @Autowired
    AccessScope scope;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;
    @Autowired
    jakarta.persistence.EntityManager entityManager;
    @Autowired
    org.centrecpd.casestudies.search.NightlyIndexMerge nightly;
    @Autowired
    UserDetailsService users;
    @Autowired
    jakarta.persistence.EntityManagerFactory emf;

    @Test
    void searchLatencyAgainstLuceneDirectly() throws Exception {
        int n = Integer.getInteger("bench.n", 10_000);
        long t0 = System.nanoTime();
        generate(n);
        long generated = System.nanoTime();
        Search.mapping(emf).scope(org.centrecpd.casestudies.domain.CaseStudy.class).massIndexer()
            .threadsToLoadObjects(2).startAndWait();
        long indexed = System.nanoTime();
        System.out.printf("%nCase-study search benchmark: %d case studies, ~50 KB of text each, words from %s (database: H2 file, %s)%n",
            n, CORPUS.name(), DATABASE);
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

        // A day of use: edits saved one by one, each indexed (and made searchable) at its commit, as the app does.
        int edits = Integer.getInteger("bench.edits", 300);
        List<Long> ids = jdbc.queryForList("select id from case_study order by id", Long.class);
        Random random = new Random(17);
        long e0 = System.nanoTime();
        for (int i = 0; i < edits; i++) {
            long id = ids.get(random.nextInt(ids.size()));
            String summary = CORPUS.text(random, random.nextInt(CORPUS.topics()), 60);
            tx.executeWithoutResult(t -> {
                var s = entityManager.find(org.centrecpd.casestudies.domain.CaseStudy.class, id);
                s.describe(s.getTitle(), summary, s.getOutcomes(), s.getYearOfPractice(), null, LocalDateTime.now());
            });
        }
        System.out.printf("  %d edits saved one by one: %.1f s%n", edits, (System.nanoTime() - e0) / 1e9);
        measure("after the edits");
        long n0 = System.nanoTime();
        nightly.run();
        System.out.printf("  the nightly merge: %.1f s%n", (System.nanoTime() - n0) / 1e9);
        measure("after the nightly merge");
    }

    private void measure(String label) throws Exception {
        // Committed, so that the reader opened below for Lucene directly has the same segments as Hibernate Search's.
        Search.mapping(emf).scope(org.centrecpd.casestudies.domain.CaseStudy.class).workspace().flush();
        System.out.printf("  %s%n", label);
        var amara = users.loadUserByUsername(DemoLogins.PRACTITIONER);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(amara, null, amara.getAuthorities()));
        for (int i = 0; i < 3; i++) {
            for (String q : QUERIES) {
                assertThat(search.search(SearchRequest.of(q), 0, 10).total()).isPositive();
            }
        }
        // What a page of results shows, so that the work timed is plain: matches, and each hit's snippets.
        long matches = 0;
        List<String> snippets = new ArrayList<>();
        for (String q : QUERIES) {
            SearchResults page = search.search(SearchRequest.of(q), 0, 10);
            matches += page.total();
            page.hits().forEach(hit -> snippets.addAll(hit.snippets()));
        }
        System.out.printf("  a query matches %.0f case studies on average; a hit shows %.1f snippets of %.0f characters on average%n",
            (double) matches / QUERIES.size(), snippets.size() / (QUERIES.size() * 10.0),
            snippets.stream().mapToInt(String::length).average().orElse(0));

        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of("target/benchmark-index/case-studies")))) {
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
            // The same visibility rule as the app's, for the same person (the app looks it up on every search).
            AccessScope.SearchScope me = scope.forSearch();
            Query visible = visibleTo(me);
            for (String q : QUERIES) {
                // Same query, same matches, the same ten first (so the same documents highlighted): otherwise the
                // comparison would mean nothing.
                SearchResults page = search.search(SearchRequest.of(q), 0, 10);
                assertThat(lucene(searcher, parser, english, visible, q)).as(q).isEqualTo(page.total());
                assertThat(firstTen(searcher, parser, visible, q)).as(q).isEqualTo(page.hits().stream().map(SearchResults.Hit::title).toList());
            }
            // Both warmed up alike before each measurement (-Dbench.warm-up rounds of the ten queries, interleaved), as
            // in a server that has been answering for a while: the JIT has much more of Hibernate Search's code to compile.
            for (int i = 0; i < WARM_UP; i++) {
                for (String q : QUERIES) {
                    search.search(SearchRequest.of(q), 0, 10);
                    lucene(searcher, parser, english, visible, q);
                }
            }
            // Interleaved, query by query, so that the machine's ups and downs fall on both alike.
            List<Long> app = new ArrayList<>();
            List<Long> direct = new ArrayList<>();
            List<Long> lookups = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (String q : QUERIES) {
                    app.add(time(() -> search.search(SearchRequest.of(q), 0, 10)));
                    direct.add(time(() -> lucene(searcher, parser, english, visible, q)));
                    lookups.add(time(scope::forSearch));
                }
            }
            long[] lookup = percentiles(lookups);
            System.out.printf("  per query (ms, %d runs each)  p50     p95     p99%n", app.size());
            long[] a = percentiles(app);
            long[] d = percentiles(direct);
            System.out.printf("  Hibernate Search   %8.2f%8.2f%8.2f   (visibility filter, 6 facets, highlights, projections from the index)%n",
                a[0] / 1e6, a[1] / 1e6, a[2] / 1e6);
            System.out.printf("  Lucene directly    %8.2f%8.2f%8.2f   (same query, boosts and visibility rule, highlights of documents then summary, stored fields, six facets counted by hand)%n",
                d[0] / 1e6, d[1] / 1e6, d[2] / 1e6);
            System.out.printf("  ratio              %8.2f%8.2f%8.2f%n", (double) a[0] / d[0], (double) a[1] / d[1], (double) a[2] / d[2]);
            System.out.printf("  of the app's time, a read-only transaction looking up the asker's centres, as the search opens: p50 %.2f ms%n%n", lookup[0] / 1e6);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The app's visibility rule ({@code CaseStudySearch.visibleTo}) in Lucene's own terms, as Hibernate Search encodes the fields. */
    private static Query visibleTo(AccessScope.SearchScope me) {
        var audience = new BooleanQuery.Builder()
            .add(org.apache.lucene.document.IntPoint.newExactQuery("publishedToAll", 1), BooleanClause.Occur.SHOULD);
        if (!me.centres().isEmpty()) {
            audience.add(org.apache.lucene.document.LongPoint.newSetQuery("audience", me.centres()), BooleanClause.Occur.SHOULD);
        }
        var visible = new BooleanQuery.Builder()
            .add(org.apache.lucene.document.LongPoint.newExactQuery("authorAccountId", me.accountId()), BooleanClause.Occur.SHOULD)
            .add(new BooleanQuery.Builder()
                .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("status", "PUBLISHED")), BooleanClause.Occur.MUST)
                .add(audience.build(), BooleanClause.Occur.MUST).build(), BooleanClause.Occur.SHOULD);
        if (!me.overseen().isEmpty()) {
            visible.add(org.apache.lucene.document.LongPoint.newSetQuery("centre", me.overseen()), BooleanClause.Occur.SHOULD);
        }
        return visible.build();
    }

    /** The titles of the ten best matches, straight from the index. */
    private static List<String> firstTen(IndexSearcher searcher, SimpleQueryParser parser, Query visible, String text)
            throws java.io.IOException {
        Query query = new BooleanQuery.Builder()
            .add(parser.parse(text), BooleanClause.Occur.MUST)
            .add(visible, BooleanClause.Occur.FILTER)
            .build();
        var stored = searcher.storedFields();
        List<String> titles = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
            titles.add(stored.document(hit.doc, Set.of("title")).get("title"));
        }
        return titles;
    }

    /** The same work, straight on the index: parse, search, highlight the ten hits, read what is shown, count six facets. */
    private static long lucene(IndexSearcher searcher, SimpleQueryParser parser, Analyzer english, Query visible, String text) {
        try {
            Query query = new BooleanQuery.Builder()
                .add(parser.parse(text), BooleanClause.Occur.MUST)
                .add(visible, BooleanClause.Occur.FILTER)
                .build();
            // Every match counted, as the app shows the exact total.
            TopDocs top = searcher.search(query, new org.apache.lucene.search.TopScoreDocCollectorManager(10, Integer.MAX_VALUE));
            // The same kind of highlighter as the app's (unified, HTML-escaped), up to two passages a hit from its
            // documents (from their term vectors and stored text), then for the hits whose documents gave fewer,
            // from the summary read with the hit (analysed again, as it has no term vectors).
            var highlighter = new Highlighter(org.apache.lucene.search.uhighlight.UnifiedHighlighter.builder(searcher, english)
                .withFormatter(PASSAGES));
            int[] hits = java.util.Arrays.stream(top.scoreDocs).mapToInt(hit -> hit.doc).toArray();
            Object[] inDocuments = highlighter.highlightFieldsAsObjects(new String[]{"attachments.text"}, query, hits, new int[]{2})
                .get("attachments.text");
            var stored = searcher.storedFields();
            List<org.apache.lucene.document.Document> shown = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                shown.add(stored.document(hit.doc, Set.of("title", "summary", "places.localAuthority"))); // shown with each hit
            }
            org.apache.lucene.search.uhighlight.UnifiedHighlighter summaries = null;
            Query inSummary = null;
            for (int i = 0; i < hits.length; i++) {
                if (inDocuments[i] == null || ((List<?>) inDocuments[i]).size() < 2) {
                    if (summaries == null) {
                        summaries = org.apache.lucene.search.uhighlight.UnifiedHighlighter.builderWithoutSearcher(english)
                            .withMaxNoHighlightPassages(0).withFormatter(PASSAGES).build();
                        inSummary = new SimpleQueryParser(english, "summary").parse(text);
                    }
                    summaries.highlightWithoutSearcher("summary", inSummary, shown.get(i).get("summary"), 2);
                }
            }
            // The same six facets as the app, counted over every match: per segment by the ordinals of the
            // keyword fields' doc values, then added up across segments by term; the year from its doc values.
            List<String> keywordFacets = List.of("area", "quality", "places.localAuthority", "places.provider", "attachments.fileType");
            Map<String, Map<String, Long>> counts = new java.util.HashMap<>();
            Map<Long, Long> yearCounts = new java.util.HashMap<>();
            var weight = searcher.createWeight(searcher.rewrite(query), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                var scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                SortedSetDocValues[] keywords = new SortedSetDocValues[keywordFacets.size()];
                int[][] ordCounts = new int[keywordFacets.size()][];
                for (int k = 0; k < keywords.length; k++) {
                    keywords[k] = leaf.reader().getSortedSetDocValues(keywordFacets.get(k));
                    ordCounts[k] = keywords[k] == null ? new int[0] : new int[(int) keywords[k].getValueCount()];
                }
                var years = leaf.reader().getSortedNumericDocValues("yearOfPractice");
                var docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    for (int k = 0; k < keywords.length; k++) {
                        if (keywords[k] != null && keywords[k].advanceExact(doc)) {
                            for (int i = 0; i < keywords[k].docValueCount(); i++) {
                                ordCounts[k][(int) keywords[k].nextOrd()]++;
                            }
                        }
                    }
                    if (years != null && years.advanceExact(doc)) {
                        for (int i = 0; i < years.docValueCount(); i++) {
                            yearCounts.merge(years.nextValue(), 1L, Long::sum);
                        }
                    }
                }
                for (int k = 0; k < keywords.length; k++) {
                    for (int ord = 0; ord < ordCounts[k].length; ord++) {
                        if (ordCounts[k][ord] > 0) {
                            counts.computeIfAbsent(keywordFacets.get(k), x -> new java.util.HashMap<>())
                                .merge(keywords[k].lookupOrd(ord).utf8ToString(), (long) ordCounts[k][ord], Long::sum);
                        }
                    }
                }
            }
            return top.totalHits.value;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lucene's unified highlighter, with its passages as objects (as Hibernate Search uses it). */
    private static final class Highlighter extends org.apache.lucene.search.uhighlight.UnifiedHighlighter {
        Highlighter(Builder builder) {
            super(builder);
        }

        @Override
        public Map<String, Object[]> highlightFieldsAsObjects(String[] fields, Query query, int[] docs, int[] maxPassages)
                throws java.io.IOException {
            return super.highlightFieldsAsObjects(fields, query, docs, maxPassages);
        }
    }

    /** Each passage on its own, marked and HTML-escaped, as the app shows them. */
    private static final org.apache.lucene.search.uhighlight.PassageFormatter PASSAGES =
        new org.apache.lucene.search.uhighlight.PassageFormatter() {
            private final org.apache.lucene.search.uhighlight.DefaultPassageFormatter html =
                new org.apache.lucene.search.uhighlight.DefaultPassageFormatter("<mark>", "</mark>", "", true);

            @Override
            public Object format(org.apache.lucene.search.uhighlight.Passage[] passages, String content) {
                List<Object> each = new ArrayList<>();
                for (var passage : passages) {
                    each.add(html.format(new org.apache.lucene.search.uhighlight.Passage[]{passage}, content));
                }
                return each;
            }
        };

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 100);
    private static final int WARM_UP = Integer.getInteger("bench.warm-up", 30);

    private static long time(Runnable work) {
        long t = System.nanoTime();
        work.run();
        return System.nanoTime() - t;
    }

    /** p50, p95, p99 of single queries, in nanoseconds. */
    private static long[] percentiles(List<Long> times) {
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        return new long[]{sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
            sorted[(int) Math.ceil(sorted.length * 0.99) - 1]};
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
            List<String> documents = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                int topic = random.nextInt(CORPUS.topics());
                studies.add(new Object[]{CORPUS.text(random, topic, 6), CORPUS.text(random, topic, 60), CORPUS.text(random, topic, 30),
                    2015 + random.nextInt(11), partner, now, now, now});
                documents.add(CORPUS.text(random, topic, 7000));
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
                java.util.stream.IntStream.range(0, ids.size()).mapToObj(i -> new Object[]{ids.get(i), "0".repeat(64), documents.get(i), now})
                    .toList());
        }
    }

    /** Sentences of the uniform corpus (WORDS), as the upload benchmark's documents are written. */
    static String sentence(Random random, int words) {
        return Corpus.UNIFORM.text(random, 0, words);
    }

    /**
     * Words to write with: each topic a list of words as often as they occur in it, so that drawing one at random draws it
     * as often as it is used; {@code all} the same for every topic together.
     */
    record Corpus(String name, List<String[]> byTopic, String[] all) {

        static final Corpus UNIFORM = new Corpus("the 170 sector words of WORDS, drawn alike", List.<String[]>of(WORDS), WORDS);

        /** Each course unit (a Markdown file) a topic. */
        static Corpus fromCourses(Path folder) {
            var word = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]");
            List<String[]> topics = new ArrayList<>();
            List<String> all = new ArrayList<>();
            try (var files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().equals("README.md"))
                        .sorted().toList()) {
                    String[] words = word.matcher(Files.readString(file)).results().map(java.util.regex.MatchResult::group)
                        .toArray(String[]::new);
                    topics.add(words);
                    all.addAll(Arrays.asList(words));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThat(topics).as("course units under " + folder.toAbsolutePath()).hasSizeGreaterThan(10);
            return new Corpus("the " + all.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).distinct().count()
                + " different words of the " + topics.size() + " course units, as often as used there", topics,
                all.toArray(String[]::new));
        }

        int topics() {
            return byTopic.size();
        }

        /**
         * Sentences of 15 words, each starting with a capital, as in a real document: the highlighter cuts its
         * passages at sentence ends, and Java's sentence rules only end one at a full stop followed by a capital.
         * (Until 2026-11-25 the words were all lower case, so each document was one 50 KB "sentence": every snippet
         * was a single passage of the highlighter's first 10 000 characters, and every hit's summary was
         * highlighted too, on both sides of the ratio.) Six words in ten come from the topic, the rest from all.
         */
        String text(Random random, int topic, int words) {
            String[] about = byTopic.get(topic);
            StringBuilder text = new StringBuilder(words * 8);
            for (int i = 0; i < words; i++) {
                String word = random.nextInt(10) < 6 ? about[random.nextInt(about.length)] : all[random.nextInt(all.length)];
                text.append(i % 15 == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                    .append(i % 15 == 14 ? ". " : " ");
            }
            return text.toString().strip();
        }
    }

}
