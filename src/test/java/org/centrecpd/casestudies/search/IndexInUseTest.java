package org.centrecpd.casestudies.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.centrecpd.Application;
import org.centrecpd.casestudies.service.CaseStudyForm;
import org.centrecpd.casestudies.service.CaseStudyService;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.demo.DemoLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Saves wait until the index can be searched, not until it is on disk, so a server that dies can
 * lose its last index changes: the next start must notice and rebuild, and an orderly stop must
 * leave everything committed. Three starts of the server on one database and one index folder.
 */
class IndexInUseTest {

    /** One database for the starts of one test, kept between them (as a file would be), and a new one for each test. */
    private final String database = "jdbc:h2:mem:index-in-use-" + java.util.UUID.randomUUID()
        + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @TempDir
    Path index;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anIndexLeftOpenByAStopThatWentWrongIsRebuiltAtTheNextStart() throws Exception {
        Path marker = index.resolve(IndexInUse.MARKER);
        long id = withServer(server -> {
            assertThat(marker).as("marked as in use while the server runs").exists();
            signIn(server, DemoLogins.PARTNER);
            long ashbrook = server.getBean(JdbcTemplate.class).queryForObject(
                "select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
            return server.getBean(CaseStudyService.class).create(new CaseStudyForm("Stay and play for dads", "Saturday sessions.",
                null, 2025, Set.of(ashbrook), Set.of(CorePurposeArea.ENGAGING_PARENTS), Set.of(), Set.of(), null));
        });
        assertThat(marker).as("an orderly stop closes the index and removes the mark").doesNotExist();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index.resolve("case-studies")))) {
            assertThat(reader.numDocs()).as("committed to disk when the server stopped").isEqualTo(1);
        }

        // A change the index never got (as when the server dies before Lucene's next commit).
        try (var db = DriverManager.getConnection(database, "sa", "")) {
            db.createStatement().executeUpdate("update case_study set title = 'Weaning workshop for dads' where id = " + id);
        }
        long afterCleanStop = withServer(server -> found(server, "weaning"));
        assertThat(afterCleanStop).as("a clean stop: the index is trusted as it is").isZero();

        Files.writeString(marker, "left by a server that died");
        long afterStopWentWrong = withServer(server -> found(server, "weaning"));
        assertThat(afterStopWentWrong).as("rebuilt from the database after a stop that went wrong").isEqualTo(1);
        assertThat(marker).doesNotExist();
    }

    @Test
    void aDamagedIndexIsRebuiltFromTheDatabaseAtTheNextStart() throws Exception {
        withServer(server -> {
            signIn(server, DemoLogins.PARTNER);
            long ashbrook = server.getBean(JdbcTemplate.class).queryForObject(
                "select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
            return server.getBean(CaseStudyService.class).create(new CaseStudyForm("Messy play on the green", "Saturday sessions.",
                null, 2025, Set.of(ashbrook), Set.of(CorePurposeArea.ENGAGING_PARENTS), Set.of(), Set.of(), null));
        });
        Path folder = index.resolve("case-studies");

        // A file of the index cut short (a disk that filled up, a backup copied in part).
        Path largest = largestDataFile(folder);
        try (var channel = java.nio.channels.FileChannel.open(largest, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        long afterTruncation = withServer(server -> found(server, "messy play"));
        assertThat(afterTruncation).as("a truncated " + largest.getFileName()).isEqualTo(1);

        // Bytes changed in the middle of a file, which only its checksum tells.
        largest = largestDataFile(folder);
        byte[] bytes = Files.readAllBytes(largest);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(largest, bytes);
        long afterChangedByte = withServer(server -> found(server, "messy play"));
        assertThat(afterChangedByte).as("a changed byte in " + largest.getFileName()).isEqualTo(1);

        // The file that says which segments make the index, overwritten.
        try (var files = Files.list(folder)) {
            Path segments = files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
            Files.writeString(segments, "not an index");
        }
        long afterOverwrite = withServer(server -> found(server, "messy play"));
        assertThat(afterOverwrite).as("an overwritten segments file").isEqualTo(1);
    }

    @Test
    void theNightlyMergeLeavesTheIndexInOneSegmentAndEverythingFindable() throws Exception {
        withServer(server -> {
            signIn(server, DemoLogins.PARTNER);
            long ashbrook = server.getBean(JdbcTemplate.class).queryForObject(
                "select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
            for (String title : List.of("Toy library on the estate", "Toy swap for fathers", "Toy making with grandparents")) {
                // one save at a time: each becomes searchable at its commit, in a segment of its own
                server.getBean(CaseStudyService.class).create(new CaseStudyForm(title, "Saturday sessions.", null, 2025, Set.of(ashbrook),
                    Set.of(CorePurposeArea.ENGAGING_PARENTS), Set.of(), Set.of(), null));
            }
            server.getBean(NightlyIndexMerge.class).run();
            assertThat(found(server, "toy")).isEqualTo(3);
            return null;
        });
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index.resolve("case-studies")))) {
            assertThat(reader.leaves()).hasSize(1);
            assertThat(reader.numDocs()).isEqualTo(3);
        }
    }

    /** The largest file holding the index's data (not the list of segments, not the lock): the rebuilt one is new. */
    private static Path largestDataFile(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().startsWith("segments") && !f.getFileName().toString().equals("write.lock"))
                .max(java.util.Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
    }

    private static long found(ConfigurableApplicationContext server, String words) {
        signIn(server, DemoLogins.PARTNER);
        return server.getBean(CaseStudySearch.class).search(SearchRequest.of(words), 0, 10).total();
    }

    private static void signIn(ConfigurableApplicationContext server, String username) {
        var user = server.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private <T> T withServer(Function<ConfigurableApplicationContext, T> work) {
        // As arguments: they win over the test configuration (an in-memory index, the shared test database).
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + database,
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
                "--spring.jpa.properties.hibernate.search.backend.directory.root=" + index)) {
            return work.apply(server);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
