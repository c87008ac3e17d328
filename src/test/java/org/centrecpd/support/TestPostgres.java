package org.centrecpd.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
 * Normally it is zonky's embedded PostgreSQL (binaries from Maven Central). PostgreSQL refuses to
 * run as root, and CI here runs as root, so as root it starts the machine's own PostgreSQL
 * binaries ({@code /usr/lib/postgresql/<n>/bin}) as the {@code postgres} user instead — the same
 * server, in a throw-away data folder on a free port. One server per test JVM.
 */
public final class TestPostgres {

    private static String jdbcUrl;

    private TestPostgres() {
    }

    public static synchronized String jdbcUrl() {
        if (jdbcUrl == null) {
            try {
                jdbcUrl = isRoot() ? startSystemServerAsPostgresUser() : startEmbedded();
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
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (IOException ignored) {
                // the JVM is exiting anyway
            }
        }));
        return pg.getJdbcUrl("postgres", "postgres");
    }

    private static String startSystemServerAsPostgresUser() throws Exception {
        Path bin = systemBinaries();
        Path dir = Files.createTempDirectory("centrecpd-pg");
        Path data = dir.resolve("data");
        run(List.of("chown", "postgres", dir.toString()));
        run(asPostgres(bin.resolve("initdb").toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8", "-D", data.toString()));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        run(asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l", dir.resolve("log").toString(),
            "-o", "-p " + port + " -k " + dir + " -c fsync=off -c listen_addresses=localhost", "start"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            } catch (Exception ignored) {
                // best effort at exit
            }
        }));
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    private static Path systemBinaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("Running as root needs PostgreSQL server binaries in /usr/lib/postgresql "
                + "(apt-get install postgresql), because PostgreSQL will not run as root; or run the tests as another user.");
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                .max(Comparator.naturalOrder()).orElseThrow(() -> new IllegalStateException("No initdb under " + root));
        }
    }

    private static List<String> asPostgres(String... command) {
        List<String> full = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(List.of(command));
        return full;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
    }
}
