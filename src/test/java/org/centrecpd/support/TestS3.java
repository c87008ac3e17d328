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
import java.util.List;

/**
 * A real S3 API server for the tests: Adobe's S3Mock, started from its executable jar (copied into
 * {@code target/s3mock} by the build) in a JVM of its own. It is a Spring Boot app of another Boot version than
 * ours, so it must not share our class path. One server per test JVM, stopped when the JVM exits; it answers
 * on plain HTTP with path-style bucket names, and takes any credentials.
 */
public final class TestS3 {

    /** The bucket the server starts with. */
    public static final String BUCKET = "centrecpd-test";
    /** Starting a Spring Boot app on a busy two-core machine has taken 100 s. */
    private static final Duration START_WITHIN = Duration.ofMinutes(4);

    private static String endpoint;

    private TestS3() {
    }

    public static synchronized String endpoint() {
        if (endpoint == null) {
            try {
                endpoint = start();
            } catch (IOException e) {
                throw new IllegalStateException("Could not start the S3 server for the tests", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the S3 server started", e);
            }
        }
        return endpoint;
    }

    private static String start() throws IOException, InterruptedException {
        Path jar = Path.of("target", "s3mock", "s3mock.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: the build copies it there (maven-dependency-plugin, "
                + "phase process-test-classes); run the tests through ./mvnw");
        }
        int http = freePort();
        Path root = Files.createTempDirectory("centrecpd-s3");
        Path log = root.resolveSibling(root.getFileName() + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toAbsolutePath().toString(),
            "--server.port=" + freePort(), "--com.adobe.testing.s3mock.httpPort=" + http,
            "--com.adobe.testing.s3mock.store.initialBuckets=" + BUCKET,
            "--com.adobe.testing.s3mock.store.root=" + root, "--spring.main.banner-mode=off"))
            .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroy));
        String url = "http://localhost:" + http;
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("The S3 server stopped at start; see " + log);
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(url + "/" + BUCKET)).method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return url;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        server.destroy();
        throw new IllegalStateException("The S3 server did not answer within " + START_WITHIN + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
