package org.centrecpd.support;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedInputStream;
import java.io.InputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server, started by the tests themselves: no Docker, no manual step.
 * <p>
 * The server binaries are zonky's embedded PostgreSQL binaries from Maven Central. Normally zonky
 * starts them itself. PostgreSQL refuses to run as root, and CI here runs as root, so as root the
 * same binaries are unpacked here and started as an unprivileged user ({@code postgres} if the
 * machine has one, else {@code nobody}) — in a throw-away data folder on a free port. One server
 * per test JVM.
 */
public final class TestPostgres {

    private static String jdbcUrl;
    /**
     * Every cached Spring test context keeps its own connection pool open on this one server, and
     * the suite has many PostgreSQL contexts: PostgreSQL's default of 100 is not enough.
     */
    private static final String MAX_CONNECTIONS = "400";
    /** PostgreSQL will not run as root: as root, run it as this user. */
    private static final String RUN_AS = userExists("postgres") ? "postgres" : "nobody";

    private TestPostgres() {
    }

    public static synchronized String jdbcUrl() {
        if (jdbcUrl == null) {
            try {
                jdbcUrl = isRoot() ? startEmbeddedBinariesAsUnprivilegedUser() : startEmbedded();
            } catch (Exception e) {
                throw new IllegalStateException("Could not start a PostgreSQL server for the tests", e);
            }
        }
        return jdbcUrl;
    }

    public static String user() {
        return "postgres";
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String startEmbedded() throws IOException {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("max_connections", MAX_CONNECTIONS).start();
        afterTheTestContextsClose(() -> {
            try {
                pg.close();
            } catch (IOException ignored) {
                // the JVM is exiting anyway
            }
        });
        return pg.getJdbcUrl("postgres", "postgres");
    }

    private static String startEmbeddedBinariesAsUnprivilegedUser() throws Exception {
        Path dir = Files.createTempDirectory("centrecpd-pg");
        Path bin = unpackBinaries(dir.resolve("pg")).resolve("bin");
        Path data = dir.resolve("data");
        run(List.of("chmod", "-R", "go+rX", dir.toString()));
        run(List.of("chown", RUN_AS, dir.toString()));
        run(asPostgres(bin.resolve("initdb").toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8", "-D", data.toString()));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        run(asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l", dir.resolve("log").toString(),
            "-o", "-p " + port + " -k " + dir + " -c fsync=off -c listen_addresses=localhost -c max_connections=" + MAX_CONNECTIONS, "start"));
        afterTheTestContextsClose(() -> {
            try {
                run(asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            } catch (Exception ignored) {
                // best effort at exit
            }
        });
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /**
     * Stops the server once the JVM exits, after Spring Boot has closed every cached test context (its shutdown
     * handlers run after the contexts). As a JVM shutdown hook of its own, the stop raced the contexts' closing:
     * a context closed after the server had gone waited out its pool's connection time-out in each bean that
     * still uses the database as it closes (Spring Modulith's event publication registry), so the suite's
     * PostgreSQL contexts kept the test JVM alive for over 30 s after the last test, and Surefire killed it.
     */
    private static void afterTheTestContextsClose(Runnable stop) {
        org.springframework.boot.SpringApplication.getShutdownHandlers().add(stop);
    }

    /** Unpacks zonky's PostgreSQL distribution (a .txz inside a Maven Central jar) into {@code target}. */
    private static Path unpackBinaries(Path target) throws IOException {
        try (InputStream txz = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64");
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(txz)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Unexpected path in the PostgreSQL archive: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out);
                    if ((entry.getMode() & 0100) != 0) {
                        out.toFile().setExecutable(true, false);
                    }
                }
            }
        }
        return target;
    }

    private static List<String> asPostgres(String... command) {
        List<String> full = new ArrayList<>(List.of("runuser", "-u", RUN_AS, "--"));
        full.addAll(List.of(command));
        return full;
    }

    private static boolean userExists(String name) {
        try {
            return Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch(l -> l.startsWith(name + ":"));
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
    }
}
