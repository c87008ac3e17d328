package org.centrecpd.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A real OpenSearch 2.19 node for the tests, started from the server's jars on Maven Central in a JVM of its own:
 * OpenSearch brings Lucene 9, the app's Lucene backend Lucene 10, so they must not share a class path. The jars are
 * copied to {@code target/opensearch/lib} from {@code src/test/opensearch/pom.xml} on first use (Maven, offline first),
 * and the node is {@code src/test/opensearch/OpenSearchNode.java}, run as a single-file program. One node per test
 * JVM, on free ports, with its data in a temporary folder; single-node discovery, no security plugin. It stops when
 * this JVM exits: it reads its standard input, which ends with us.
 */
public final class TestOpenSearch {

    /** A node starts in about 10 s alone; on a busy two-core machine allow much more. */
    private static final Duration START_WITHIN = Duration.ofMinutes(3);
    private static final Path LIB = Path.of("target", "opensearch", "lib");

    private static String host;

    private TestOpenSearch() {
    }

    /** {@code 127.0.0.1:port} of the node's HTTP API, started on first call. */
    public static synchronized String host() {
        if (host == null) {
            try {
                host = start();
            } catch (IOException e) {
                throw new IllegalStateException("Could not start the OpenSearch node for the tests", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the OpenSearch node started", e);
            }
        }
        return host;
    }

    public static String url() {
        return "http://" + host();
    }

    /** Points the app at this node: {@code centrecpd.search.hosts}, read when the search backend starts ({@link OnOpenSearch}). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Hosts {
        @Bean
        static DynamicPropertyRegistrar openSearchHosts() {
            return registry -> registry.add("centrecpd.search.hosts", TestOpenSearch::host);
        }
    }

    private static String start() throws IOException, InterruptedException {
        copyJars();
        int http = freePort();
        Path home = Files.createTempDirectory("centrecpd-opensearch");
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("plugins"));
        Files.createDirectories(home.resolve("modules"));
        Path log = home.resolveSibling(home.getFileName() + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process node = new ProcessBuilder(List.of(java, "-Xms256m", "-Xmx512m", "-XX:TieredStopAtLevel=1",
            "-Dlog4j2.disable.jmx=true", "-Dopensearch.set.netty.runtime.available.processors=false",
            "-cp", LIB.toAbsolutePath() + "/*", Path.of("src", "test", "opensearch", "OpenSearchNode.java").toAbsolutePath().toString(),
            home.toString(), Integer.toString(http), Integer.toString(freePort())))
            .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(node::destroy));
        String url = "http://127.0.0.1:" + http;
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!node.isAlive()) {
                throw new IllegalStateException("The OpenSearch node stopped at start; see " + log);
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(url + "/_cluster/health?wait_for_status=yellow&timeout=5s"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return "127.0.0.1:" + http;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        node.destroy();
        throw new IllegalStateException("The OpenSearch node did not answer within " + START_WITHIN + "; see " + log);
    }

    /** The server's jars, from the local Maven repository (offline), or Maven Central the first time. */
    private static void copyJars() throws IOException, InterruptedException {
        if (Files.isRegularFile(LIB.resolve("reindex-client-2.19.6.jar"))) { // the last jar added to src/test/opensearch/pom.xml
            return;
        }
        for (boolean offline : new boolean[]{true, false}) {
            List<String> command = new ArrayList<>(List.of(Path.of("mvnw").toAbsolutePath().toString(), "-q", "-B"));
            if (offline) {
                command.add("-o");
            }
            command.addAll(List.of("-f", Path.of("src", "test", "opensearch", "pom.xml").toAbsolutePath().toString(),
                "dependency:copy-dependencies", "-DoutputDirectory=" + LIB.toAbsolutePath()));
            Path log = Files.createTempFile("centrecpd-opensearch-jars", ".log");
            if (new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor() == 0) {
                return;
            }
        }
        throw new IllegalStateException("Could not copy the OpenSearch jars to " + LIB.toAbsolutePath()
            + " (./mvnw -f src/test/opensearch/pom.xml dependency:copy-dependencies -DoutputDirectory=target/opensearch/lib)");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
