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
 * Run: {@code ./mvnw test -Dtest=CaseStudyUploadBenchmark -Dbench.documents=100} (not part of the normal test run).
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
        int m = Integer.getInteger("bench.documents", 100);
        System.out.printf("%nUpload to searchable, %d PDFs per size; isolation: Tika %s; index on disk, each save waits until it can be searched%n",
            m, extractor.isolation());
        System.out.printf("  %-34s %9s %9s %9s %9s %9s%n", "docs/s", "plain", "isolated", "library", "uploads", "pipeline");
        measure("one page (~3 KB of text)", 40, m);
        measure("report, 16 pages (~50 KB of text)", 620, m);
        System.out.printf("  plain: in-process Tika, one at a time; isolated: the child JVMs alone, one at a time;%n"
            + "  library: uploads one after another while the workers read them (end to end); uploads: the upload requests alone;%n"
            + "  pipeline: the same documents queued at once and read by the workers (2 child processes) until searchable%n%n");
    }

    private void measure(String label, int lines, int m) throws Exception {
        Path folder = Files.createTempDirectory("bench-documents");
        Random random = new Random(5 + lines);
        List<Path> files = new ArrayList<>();
        long textBytes = 0;
        for (int i = 0; i < m; i++) {
            String[] text = new String[lines];
            for (int l = 0; l < lines; l++) {
                text[l] = CaseStudySearchBenchmark.sentence(random, 12);
                textBytes += text[l].length() + 1;
            }
            files.add(Documents.pdf(folder, "report-" + lines + "-" + i + ".pdf", text));
        }
        // Both warmed up alike on 20 documents, as a server that has been running has its parsers compiled
        // by the JIT (each child JVM in isolation, and the in-process parser for the comparison).
        List<Path> warmUp = files.subList(0, Math.min(20, files.size()));
        AutoDetectParser parser = new AutoDetectParser();
        for (Path f : warmUp) {
            parsePlain(parser, f);
        }
        long t = System.nanoTime();
        for (Path f : files) {
            parsePlain(parser, f);
        }
        double plain = (System.nanoTime() - t) / 1e9;
        for (Path f : warmUp) {
            extractor.extract(f);
        }
        t = System.nanoTime();
        for (Path f : files) {
            extractor.extract(f);
        }
        double isolated = (System.nanoTime() - t) / 1e9;

        var partner = users.loadUserByUsername(DemoLogins.PARTNER);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(partner, null, partner.getAuthorities()));
        long ashbrook = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        // Four documents to a case study (-Dbench.per-study), as a write-up with its evaluation, plan and handouts might have.
        int perStudy = Integer.getInteger("bench.per-study", 4);
        String title = "Throughput " + lines + " ";
        List<Long> studies = new ArrayList<>();
        for (int i = 0; i < (m + perStudy - 1) / perStudy; i++) {
            studies.add(caseStudies.create(new CaseStudyForm(title + i, "Benchmark", null, 2025, Set.of(ashbrook), Set.of(), Set.of(),
                Set.of(), null)));
        }
        long warm = caseStudies.create(new CaseStudyForm(title + "warm-up", "Benchmark", null, 2025, Set.of(ashbrook), Set.of(), Set.of(),
            Set.of(), null));
        caseStudies.attach(warm, "warm.pdf", files.get(0));
        waitForNoneQueued();
        t = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            caseStudies.attach(studies.get(i / perStudy), files.get(i).getFileName().toString(), files.get(i));
        }
        double uploads = (System.nanoTime() - t) / 1e9;
        waitForNoneQueued();
        double library = (System.nanoTime() - t) / 1e9;
        SecurityContextHolder.clearContext();

        // The background pipeline alone: the same documents, already stored, queued at once (as after a
        // restart or a bulk upload) and read by the workers until all are searchable again.
        jdbc.update("update case_study_attachment set status = 'QUEUED', extracted_text = null where case_study_id in "
            + "(select id from case_study where title like ?) and file_name <> 'warm.pdf'", title + "%");
        t = System.nanoTime();
        worker.run(null);
        waitForNoneQueued();
        double pipeline = (System.nanoTime() - t) / 1e9;
        assertThat(jdbc.queryForObject("select count(*) from case_study_attachment a join case_study c on c.id = a.case_study_id "
            + "where c.title like ? and a.status = 'SEARCHABLE'", Long.class, title + "%")).isEqualTo(m + 1L);

        System.out.printf("  %-34s %9.1f %9.1f %9.1f %9.1f %9.1f%n", label + ", docs/s", m / plain, m / isolated, m / library,
            m / uploads, m / pipeline);
        System.out.printf("  %-34s %9s %9.2f %9.2f %9.2f %9.2f%n", "  ratio to plain", "", plain / isolated, plain / library,
            plain / uploads, plain / pipeline);
        System.out.printf("  %-34s %9.1f %9.1f %9.1f %9.1f %9.1f   (%.0f KB of text a document)%n", "  ms a document", plain * 1000 / m,
            isolated * 1000 / m, library * 1000 / m, uploads * 1000 / m, pipeline * 1000 / m, textBytes / 1024.0 / m);
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
