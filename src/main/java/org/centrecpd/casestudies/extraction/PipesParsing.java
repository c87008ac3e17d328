package org.centrecpd.casestudies.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.pipes.PipesConfig;
import org.apache.tika.pipes.PipesParser;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitKey;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.sax.BasicContentHandlerFactory;

/**
 * Tika's {@link PipesParser}: long-lived child JVMs ({@code PipesServer}), each reading a whole
 * document from disk by itself and sending back its text in one message. Per document this costs
 * little more than the parse, unlike a stream and a content handler proxied call by call. A document
 * that outlives its time limit, exhausts the child's memory or crashes it loses only its own child,
 * which is started again for the next document.
 * <p>
 * The children are started with the server's own class path, so this works when the application runs
 * from its classes and jars ({@code spring-boot:run}, tests, or the jar extracted with
 * {@code java -Djarmode=tools -jar app.jar extract}), not from the single nested jar: see
 * {@link #childCanStart()}.
 */
final class PipesParsing implements IsolatedParsing {

    private static final String FETCHER = "files";
    private static final String EMITTER = "empty";

    private final Path configFolder;
    private final PipesParser pipes;
    private final int maxCharacters;

    PipesParsing(Duration timeout, String childMemory, int maxCharacters, int processes) {
        this.maxCharacters = maxCharacters;
        try {
            configFolder = Files.createTempDirectory("centrecpd-tika-");
            Path config = configFolder.resolve("tika-config.xml");
            Files.writeString(config, config(config, timeout, childMemory, maxCharacters, processes));
            pipes = new PipesParser(PipesConfig.load(config));
        } catch (IOException | org.apache.tika.exception.TikaConfigException e) {
            throw new IllegalStateException("Could not configure Tika's document-reading processes", e);
        }
    }

    /**
     * Whether {@code java -cp <this JVM's class path> org.apache.tika.pipes.PipesServer} can run: the
     * system class loader sees exactly that class path (with the jars a manifest adds to it).
     */
    static boolean childCanStart() {
        return ClassLoader.getSystemClassLoader().getResource("org/apache/tika/pipes/PipesServer.class") != null
            && ClassLoader.getSystemClassLoader().getResource("org/apache/tika/parser/pdf/PDFParser.class") != null;
    }

    /**
     * The children read files by absolute path (the fetcher's base is the root; the paths are ours,
     * never a user's), and send the text back rather than to an emitter: {@code maxForEmitBatchBytes}
     * above any text we keep. Tika's guard against zip bombs stops a parse whose text passes the cap
     * at more than 20 characters per byte of the file: ordinary documents give a few per byte,
     * compressed formats a few dozen at most over a whole file, a bomb thousands.
     */
    private static String config(Path self, Duration timeout, String childMemory, int maxCharacters, int processes) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <properties>
              <autoDetectParserConfig>
                <params>
                  <outputThreshold>%d</outputThreshold>
                  <maximumCompressionRatio>20</maximumCompressionRatio>
                </params>
              </autoDetectParserConfig>
              <fetchers>
                <fetcher class="org.apache.tika.pipes.fetcher.fs.FileSystemFetcher">
                  <name>%s</name>
                  <basePath>/</basePath>
                </fetcher>
              </fetchers>
              <emitters>
                <emitter class="org.apache.tika.pipes.emitter.EmptyEmitter"/>
              </emitters>
              <pipes>
                <params>
                  <numClients>%d</numClients>
                  <timeoutMillis>%d</timeoutMillis>
                  <startupTimeoutMillis>60000</startupTimeoutMillis>
                  <maxForEmitBatchBytes>1000000000</maxForEmitBatchBytes>
                  <javaPath>%s</javaPath>
                  <forkedJvmArgs>
                    <arg>-Xmx%s</arg>
                    <arg>-XX:+UseSerialGC</arg>
                  </forkedJvmArgs>
                  <tikaConfig>%s</tikaConfig>
                </params>
              </pipes>
            </properties>
            """.formatted(maxCharacters, FETCHER, processes, timeout.toMillis(), xml(java), xml(childMemory), xml(self.toString()));
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public Outcome parse(Path file) {
        ParseContext context = new ParseContext();
        // One text for the document and everything embedded in it, cut at the cap without an error. The body only
        // (as ForkParsing's BodyContentHandler): TEXT would put the title from the file's properties in front.
        context.set(HandlerConfig.class, new HandlerConfig(BasicContentHandlerFactory.HANDLER_TYPE.BODY,
            HandlerConfig.PARSE_MODE.CONCATENATE, maxCharacters, -1, false));
        String key = file.toAbsolutePath().toString().substring(1);
        PipesResult result;
        try {
            result = pipes.parse(new FetchEmitTuple(file.getFileName().toString(), new FetchKey(FETCHER, key),
                new EmitKey(EMITTER, ""), new Metadata(), context, FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed("interrupted");
        } catch (IOException | org.apache.tika.pipes.PipesException e) {
            return Outcome.failed(e.toString());
        }
        return switch (result.getStatus()) {
            case PARSE_SUCCESS, PARSE_SUCCESS_WITH_EXCEPTION, PARSE_EXCEPTION_EMIT, EMIT_SUCCESS -> read(result);
            case TIMEOUT -> Outcome.failed("timeout");
            case OOM -> Outcome.failed("out of memory: zip bomb or absurd nesting");
            default -> Outcome.failed(result.getStatus() + ": " + result.getMessage());
        };
    }

    private Outcome read(PipesResult result) {
        if (result.getEmitData() == null || result.getEmitData().getMetadataList().isEmpty()) {
            return Outcome.failed("no text came back: " + result.getStatus());
        }
        List<Metadata> documents = result.getEmitData().getMetadataList();
        Metadata container = documents.getFirst();
        String text = container.get(TikaCoreProperties.TIKA_CONTENT);
        text = text == null ? "" : text;
        boolean truncated = "true".equals(container.get(TikaCoreProperties.WRITE_LIMIT_REACHED)) || text.length() >= maxCharacters;
        String failure = container.get(TikaCoreProperties.CONTAINER_EXCEPTION);
        if (failure == null) {
            failure = result.getEmitData().getContainerStackTrace();
        }
        return new Outcome(text, truncated, text.length(), failure == null || failure.isBlank() ? null : failure);
    }

    @Override
    public String name() {
        return "PipesParser";
    }

    @Override
    public void close() {
        try {
            pipes.close();
        } catch (IOException ignored) {
            // the children die with their pipes
        }
        try (var files = Files.list(configFolder)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(configFolder);
        } catch (IOException ignored) {
            // a temporary folder; the system cleans its temp folder
        }
    }
}
