package org.centrecpd.casestudies.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the text inside uploaded documents with Apache Tika, <b>in separate JVMs</b>: a hostile or
 * broken document (a zip bomb, a parser stuck in a loop, a file that needs gigabytes) can exhaust or
 * crash a child process, never the server. Each child has a memory limit, each document a time limit
 * (the child is killed and replaced when it is exceeded), and the text kept is capped. Detection is
 * done here, in-process, from the content: it only reads the first bytes (or a zip's table of
 * contents), never the whole document.
 * <p>
 * Two of Tika's isolations, chosen by {@code centrecpd.extraction.isolation}: {@code pipes}
 * ({@link PipesParsing}, the child reads the file and returns the text in one message; needs the
 * server's class path) or {@code fork} ({@link ForkParsing}, works from any packaging, several times
 * slower per document); {@code auto} (the default) takes pipes when its children can start.
 */
@Component
public class TextExtractor implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TextExtractor.class);

    /** Why a document could not be read, as a translation key with arguments, for the person who uploaded it. */
    public static class Refused extends Exception {
        private final String reasonKey;

        public Refused(String reasonKey, String detail) {
            super(reasonKey + (detail == null ? "" : ": " + detail));
            this.reasonKey = reasonKey;
        }

        public String reasonKey() {
            return reasonKey;
        }
    }

    /** The text read, and whether it was cut at the limit. */
    public record Extracted(String text, boolean truncated) {
    }

    /** Tika's detector and the isolation that reads documents, made on first use (see {@link #ready()}). */
    private record Ready(Detector detector, IsolatedParsing isolation) {
    }

    private final Duration timeout;
    private final String childMemory;
    private final int maxCharacters;
    private final int processes;
    private final String isolationSetting;
    private volatile Ready ready;

    TextExtractor(@Value("${centrecpd.extraction.timeout:PT60S}") Duration timeout,
                  @Value("${centrecpd.extraction.child-memory:384m}") String childMemory,
                  @Value("${centrecpd.extraction.max-characters:1000000}") int maxCharacters,
                  @Value("${centrecpd.extraction.processes:2}") int processes,
                  @Value("${centrecpd.extraction.isolation:auto}") String isolation) {
        if (!java.util.Set.of("auto", "pipes", "fork").contains(isolation)) {
            throw new IllegalArgumentException("centrecpd.extraction.isolation must be auto, pipes or fork, not " + isolation);
        }
        this.timeout = timeout;
        this.childMemory = childMemory;
        this.maxCharacters = maxCharacters;
        this.processes = processes;
        this.isolationSetting = isolation;
    }

    /**
     * Tika's configuration and the isolation, made by the first caller that needs them (an upload, the
     * reader's thread at start-up) rather than while the app starts: loading Tika's configuration took
     * 0.7-4 s of the path to the first page, and nobody uploads before signing in.
     */
    private Ready ready() {
        Ready made = ready;
        if (made == null) {
            synchronized (this) {
                made = ready;
                if (made == null) {
                    made = make();
                    ready = made;
                }
            }
        }
        return made;
    }

    private Ready make() {
        Detector detector = TikaConfig.getDefaultConfig().getDetector();
        boolean pipes = switch (isolationSetting) {
            case "pipes" -> true;
            case "fork" -> false;
            default -> PipesParsing.childCanStart();
        };
        if ("auto".equals(isolationSetting) && !pipes) {
            log.warn("Documents are read with Tika's ForkParser, several times slower per document than its PipesParser, "
                + "because this server runs from a single nested jar. Run it from the extracted jar "
                + "(java -Djarmode=tools -jar app.jar extract) to read documents faster.");
        }
        IsolatedParsing isolation = pipes ? new PipesParsing(timeout, childMemory, maxCharacters, processes)
            : new ForkParsing(timeout, childMemory, maxCharacters, processes);
        log.info("Documents are read in separate JVMs with Tika's {} ({} processes, {} each, {} per document, {} characters kept)",
            isolation.name(), processes, childMemory, timeout, maxCharacters);
        return new Ready(detector, isolation);
    }

    /** Which of Tika's isolations reads the documents (for the benchmark's figures). */
    public String isolation() {
        return ready().isolation().name();
    }

    /** The media type of a file, from its content. */
    public String detect(Path file) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, null);
            return ready().detector().detect(in, metadata).toString();
        }
    }

    /** The text of an accepted document, or why it could not be read. */
    public Extracted extract(Path file) throws Refused {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new Refused("casestudies.file.unreadable", e.getMessage());
        }
        if (size == 0) {
            throw new Refused("casestudies.file.empty", null);
        }
        IsolatedParsing.Outcome outcome = ready().isolation().parse(file);
        // Tika's own zip-bomb guard runs in the child, and its verdict reaches us only as a parse
        // failure; the amount of text that arrived before it tells the same story.
        if (looksLikeABomb(outcome, size)) {
            throw new Refused("casestudies.file.bomb", outcome.charactersProduced() + " characters from " + size + " bytes");
        }
        if (outcome.failure() != null) {
            throw new Refused(reasonOf(outcome.failure()), firstLine(outcome.failure()));
        }
        return new Extracted(outcome.text().strip(), outcome.truncated());
    }

    /**
     * Far more text than a document of this size can hold: ordinary documents give at most a few
     * characters per byte (compressed formats a few dozen); a zip bomb gives thousands.
     */
    private static boolean looksLikeABomb(IsolatedParsing.Outcome outcome, long bytes) {
        return outcome.truncated() && outcome.charactersProduced() > 20 * Math.max(bytes, 1);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** Tika's messages are for developers; the uploader gets one of a few plain reasons. */
    static String reasonOf(String failure) {
        String message = failure.toLowerCase(Locale.ROOT);
        if (message.contains("encrypt") || message.contains("password")) {
            return "casestudies.file.encrypted";
        }
        if (message.startsWith("timeout")) {
            return "casestudies.file.tooSlow";
        }
        // TIKA-237 is how a forked child reports a SAX exception raised by a content handler. Ours never
        // throw; the only handler that does is Tika's own guard against zip bombs and absurd nesting.
        if (message.contains("zip bomb") || message.contains("tika-237") || message.contains("out of memory")) {
            return "casestudies.file.bomb";
        }
        if (message.contains("timeout") || message.contains("timed out") || message.contains("lost connection")
            || message.contains("forked") || message.contains("heartbeat")) {
            return "casestudies.file.tooSlow";
        }
        return "casestudies.file.damaged";
    }

    @Override
    public void destroy() {
        Ready made = ready;
        if (made == null) {
            return;
        }
        made.isolation().close();
        log.debug("Stopped the document-reading processes");
    }
}
