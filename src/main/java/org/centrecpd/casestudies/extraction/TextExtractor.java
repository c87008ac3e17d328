package org.centrecpd.casestudies.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.fork.ForkParser;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToTextContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the text inside uploaded documents with Apache Tika, <b>in a separate JVM</b> (Tika's
 * {@link ForkParser}): a hostile or broken document (a zip bomb, a parser stuck in a loop, a file
 * that needs gigabytes) can exhaust or crash that process, never the server. The child has a memory
 * limit, each parse a time limit (the child is killed and replaced when it is exceeded), and the
 * text kept is capped. Detection is done here, in-process, from the content: it only reads the
 * first bytes (or a zip's table of contents), never the whole document.
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

    private final Detector detector;
    private final ForkParser fork;
    private final int maxCharacters;

    TextExtractor(@Value("${centrecpd.extraction.timeout:PT60S}") Duration timeout,
                  @Value("${centrecpd.extraction.child-memory:384m}") String childMemory,
                  @Value("${centrecpd.extraction.max-characters:1000000}") int maxCharacters,
                  @Value("${centrecpd.extraction.processes:2}") int processes) {
        this.detector = TikaConfig.getDefaultConfig().getDetector();
        this.maxCharacters = maxCharacters;
        // The child gets the parsers through this class loader (it asks for classes over its pipe), so
        // it needs no classpath of its own and works from the packaged jar too.
        this.fork = new ForkParser(TextExtractor.class.getClassLoader(), new AutoDetectParser());
        fork.setJavaCommand(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + childMemory, "-XX:+UseSerialGC", "-Djava.awt.headless=true"));
        fork.setPoolSize(processes);
        fork.setServerParseTimeoutMillis(timeout.toMillis());
        fork.setServerWaitTimeoutMillis(timeout.toMillis());
        fork.setServerPulseMillis(1000);
    }

    /** The media type of a file, from its content. */
    public String detect(Path file) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, null);
            return detector.detect(in, metadata).toString();
        }
    }

    /** The text of an accepted document, or why it could not be read. */
    public Extracted extract(Path file) throws Refused {
        try {
            if (Files.size(file) == 0) {
                throw new Refused("casestudies.file.empty", null);
            }
        } catch (IOException e) {
            throw new Refused("casestudies.file.unreadable", e.getMessage());
        }
        CappedWriter text = new CappedWriter(maxCharacters);
        long size;
        try (InputStream in = TikaInputStream.get(file)) {
            size = Files.size(file);
            fork.parse(in, new BodyContentHandler(new ToTextContentHandler(text)), new Metadata(), new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new Refused("casestudies.file.encrypted", null);
        } catch (TikaException | IOException | org.xml.sax.SAXException | RuntimeException e) {
            // Tika's own zip-bomb guard runs in the child, and its verdict reaches us only as a parse
            // failure; the text that arrived before it tells the same story.
            throw new Refused(looksLikeABomb(text.received, fileSize(file)) ? "casestudies.file.bomb" : reasonOf(e), e.getMessage());
        }
        if (looksLikeABomb(text.received, size) && text.truncated) {
            throw new Refused("casestudies.file.bomb", text.received + " characters from " + size + " bytes");
        }
        return new Extracted(text.toString().strip(), text.truncated);
    }

    /**
     * Far more text than a document of this size can hold: ordinary documents give at most a few
     * characters per byte (compressed formats a few dozen); a zip bomb gives thousands.
     */
    private static boolean looksLikeABomb(long characters, long bytes) {
        return characters > 1_000_000 && characters > 20 * Math.max(bytes, 1);
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Tika's messages are for developers; the uploader gets one of a few plain reasons. */
    private static String reasonOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof EncryptedDocumentException || message.contains("encrypt") || message.contains("password")) {
                return "casestudies.file.encrypted";
            }
            // TIKA-237 is how a child reports a SAX exception raised by a content handler. Ours never
            // throw; the only handler that does is Tika's own guard against zip bombs and absurd nesting.
            if (message.contains("zip bomb") || message.contains("tika-237")) {
                return "casestudies.file.bomb";
            }
            if (message.contains("timeout") || message.contains("timed out") || message.contains("lost connection")
                || message.contains("forked") || message.contains("heartbeat")) {
                return "casestudies.file.tooSlow";
            }
        }
        return "casestudies.file.damaged";
    }

    @Override
    public void destroy() {
        fork.close();
        log.debug("Stopped the document-reading processes");
    }

    /** Keeps the first {@code limit} characters and quietly drops the rest (the parse goes on to its end or its time limit). */
    private static final class CappedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final int limit;
        private boolean truncated;
        private long received;

        CappedWriter(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            received += length;
            int room = limit - text.length();
            if (room <= 0) {
                truncated |= length > 0;
                return;
            }
            text.append(chars, offset, Math.min(room, length));
            truncated |= length > room;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
