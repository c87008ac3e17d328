package org.centrecpd.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.centrecpd.casestudies.Documents;
import org.centrecpd.casestudies.extraction.TextExtractor;
import org.centrecpd.casestudies.service.CaseStudyForm;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.casestudies.service.ExtractionWorker;
import org.centrecpd.demo.DemoLogins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Upload to searchable, through the library as the server runs it (type detection, content-addressed
 * storage, the database, Tika in its child JVMs, the index on disk updated and waited for on every
 * commit), against plain in-process Tika parsing of the same files one at a time: what the library
 * and its isolation cost per document. Two document sizes: a one-page note, and a report of about
 * 50 KB of text (16 pages), the size of the search benchmark's documents.
 * Prints; asserts only that every document became searchable.
 * <p>
 * Run: {@code ./mvnw test -Dtest=CaseStudyUploadBenchmark} (options: {@code -Dbench.documents=200 -Dbench.rounds=5
 * -Dbench.per-study=4}) (not part of the normal test run).
 */
@SpringBootTest(properties = {
    "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
    "spring.jpa.properties.hibernate.search.backend.directory.root=target/upload-benchmark-index"})
class CaseStudyUploadBenchmark {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    TextExtractor extractor;
    @Autowired
    ExtractionWorker worker;
    @Autowired
    CaseStudyService caseStudies;

    @Test
    void uploadToSearchableAgainstPlainTika() throws Exception {
        int m = Integer.getInteger("bench.documents", 200);
        int rounds = Integer.getInteger("bench.rounds", 5);
        System.out.printf("%nUpload to searchable, %d PDFs per size and round, median of %d rounds after one warm-up round; "
            + "isolation: Tika %s; index on disk, each save waits until it can be searched%n", m, rounds, extractor.isolation());
        var partner = users.loadUserByUsername(DemoLogins.PARTNER);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(partner, null, partner.getAuthorities()));
        try {
            // -Dbench.sizes=620 measures the report alone (lines of text a document: 40 is the one-page note).
            for (int size : java.util.Arrays.stream(System.getProperty("bench.sizes", "40,620").split(",")).mapToInt(Integer::parseInt).toArray()) {
                // Round 0 warms up every path alike (the JIT in this JVM and in each child JVM); it is not counted.
                List<double[]> results = new ArrayList<>();
                for (int round = 0; round <= rounds; round++) {
                    double[] r = measure(size, m, round);
                    if (round > 0) {
                        results.add(r);
                    }
                }
                print(size == 40 ? "one page (~4 KB of text)" : "report, 16 pages (~64 KB of text)", m, results);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        System.out.printf("  plain: in-process Tika, one at a time; isolated: the child JVMs alone, one at a time;%n"
            + "  library: uploads one after another while the workers read them (end to end); uploads: the upload requests alone;%n"
            + "  pipeline: the same documents queued at once and read by the workers (2 child processes) until searchable;%n"
            + "  each column is the median of the rounds, in seconds for all documents of a round, turned into docs/s%n%n");
    }

    private void print(String label, int m, List<double[]> results) {
        double[] median = new double[5];
        for (int c = 0; c < 5; c++) {
            int column = c;
            double[] values = results.stream().mapToDouble(r -> r[column]).sorted().toArray();
            median[c] = values[values.length / 2];
        }
        double plain = median[0];
        System.out.printf("  %-34s %9s %9s %9s %9s %9s%n", label, "plain", "isolated", "library", "uploads", "pipeline");
        System.out.printf("  %-34s %9.1f %9.1f %9.1f %9.1f %9.1f%n", "  docs/s", m / plain, m / median[1], m / median[2],
            m / median[3], m / median[4]);
        System.out.printf("  %-34s %9s %9.2f %9.2f %9.2f %9.2f%n", "  ratio to plain", "", plain / median[1], plain / median[2],
            plain / median[3], plain / median[4]);
        System.out.printf("  %-34s %9.1f %9.1f %9.1f %9.1f %9.1f%n", "  ms a document", plain * 1000 / m, median[1] * 1000 / m,
            median[2] * 1000 / m, median[3] * 1000 / m, median[4] * 1000 / m);
        for (double[] r : results) {
            System.out.printf("  %-34s %9.1f %9.1f %9.1f %9.1f %9.1f   ratios %.2f %.2f %.2f %.2f%n", "    a round, docs/s", m / r[0],
                m / r[1], m / r[2], m / r[3], m / r[4], r[0] / r[1], r[0] / r[2], r[0] / r[3], r[0] / r[4]);
        }
        // Ratios taken within each round (the two sides measured minutes apart at most), then their median.
        double[] ratios = new double[4];
        for (int c = 1; c < 5; c++) {
            int column = c;
            double[] values = results.stream().mapToDouble(r -> r[0] / r[column]).sorted().toArray();
            ratios[c - 1] = values[values.length / 2];
        }
        System.out.printf("  %-34s %9s %9.2f %9.2f %9.2f %9.2f%n", "  median of the rounds' ratios", "", ratios[0], ratios[1],
            ratios[2], ratios[3]);
    }

    /** One round: new documents (new text, so nothing is stored already), seconds for plain, isolated, library, uploads, pipeline. */
    private double[] measure(int lines, int m, int round) throws Exception {
        Path folder = Files.createTempDirectory("bench-documents");
        Random random = new Random(5 + lines * 31L + round);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            String[] text = new String[lines];
            for (int l = 0; l < lines; l++) {
                text[l] = CaseStudySearchBenchmark.sentence(random, 12);
            }
            files.add(Documents.pdf(folder, "report-" + lines + "-" + round + "-" + i + ".pdf", text));
        }
        AutoDetectParser parser = new AutoDetectParser();
        long t = System.nanoTime();
        for (Path f : files) {
            parsePlain(parser, f);
        }
        double plain = (System.nanoTime() - t) / 1e9;
        t = System.nanoTime();
        for (Path f : files) {
            extractor.extract(f);
        }
        double isolated = (System.nanoTime() - t) / 1e9;

        long ashbrook = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        // Four documents to a case study (-Dbench.per-study), as a write-up with its evaluation, plan and handouts might have.
        int perStudy = Integer.getInteger("bench.per-study", 4);
        String title = "Throughput " + lines + " round " + round + " ";
        List<Long> studies = new ArrayList<>();
        for (int i = 0; i < (m + perStudy - 1) / perStudy; i++) {
            studies.add(caseStudies.create(new CaseStudyForm(title + i, "Benchmark", null, 2025, Set.of(ashbrook), Set.of(), Set.of(),
                Set.of(), null)));
        }
        waitForNoneQueued();
        t = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            caseStudies.attach(studies.get(i / perStudy), files.get(i).getFileName().toString(), files.get(i));
        }
        double uploads = (System.nanoTime() - t) / 1e9;
        waitForNoneQueued();
        double library = (System.nanoTime() - t) / 1e9;

        // The background pipeline alone: the same documents, already stored, queued at once (as after a
        // restart or a bulk upload) and read by the workers until all are searchable again.
        jdbc.update("update case_study_attachment set status = 'QUEUED', extracted_text = null where case_study_id in "
            + "(select id from case_study where title like ?)", title + "%");
        t = System.nanoTime();
        worker.run(null);
        waitForNoneQueued();
        double pipeline = (System.nanoTime() - t) / 1e9;
        assertThat(jdbc.queryForObject("select count(*) from case_study_attachment a join case_study c on c.id = a.case_study_id "
            + "where c.title like ? and a.status = 'SEARCHABLE'", Long.class, title + "%")).isEqualTo((long) m);
        return new double[] {plain, isolated, library, uploads, pipeline};
    }

    private static void parsePlain(AutoDetectParser parser, Path file) throws Exception {
        try (var in = TikaInputStream.get(file)) {
            var handler = new BodyContentHandler(-1);
            parser.parse(in, handler, new Metadata(), new ParseContext());
            assertThat(handler.toString()).isNotBlank();
        }
    }

    private void waitForNoneQueued() throws InterruptedException {
        while (jdbc.queryForObject("select count(*) from case_study_attachment where status in ('QUEUED', 'EXTRACTING')", Long.class) > 0) {
            Thread.sleep(5);
        }
    }
}
