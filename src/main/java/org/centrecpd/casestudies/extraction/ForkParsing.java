package org.centrecpd.casestudies.extraction;

import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.tika.fork.ForkParser;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToTextContentHandler;

/**
 * Tika's {@link ForkParser}, for when the server runs from its single nested jar and a child cannot
 * be started from the class path: the child is bootstrapped through this class loader (it asks for
 * classes over its pipe), and the document's bytes and the text's SAX events cross the pipe call by
 * call. Slower per document than {@link PipesParsing}, but it works from any packaging.
 */
final class ForkParsing implements IsolatedParsing {

    private final ForkParser fork;
    private final int maxCharacters;
    private final Duration timeout;

    ForkParsing(Duration timeout, String childMemory, int maxCharacters, int processes) {
        this.maxCharacters = maxCharacters;
        this.timeout = timeout;
        this.fork = new ForkParser(ForkParsing.class.getClassLoader(), new AutoDetectParser());
        fork.setJavaCommand(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + childMemory, "-XX:+UseSerialGC", "-Djava.awt.headless=true"));
        fork.setPoolSize(processes);
        fork.setServerParseTimeoutMillis(timeout.toMillis());
        fork.setServerWaitTimeoutMillis(timeout.toMillis());
        fork.setServerPulseMillis(1000);
    }

    @Override
    public Outcome parse(Path file) {
        CappedWriter text = new CappedWriter(maxCharacters);
        long started = System.nanoTime();
        try (InputStream in = TikaInputStream.get(file)) {
            fork.parse(in, new BodyContentHandler(new ToTextContentHandler(text)), new Metadata(), new ParseContext());
        } catch (Exception e) {
            // A child killed at the time limit is reported like any lost child ("most likely crashed ...
            // running out of memory"); only the clock tells the two apart.
            if (Duration.ofNanos(System.nanoTime() - started).compareTo(timeout) >= 0) {
                return new Outcome(text.toString(), text.truncated, text.received, "timeout: " + e);
            }
            StringBuilder causes = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                causes.append(t).append('\n');
            }
            return new Outcome(text.toString(), text.truncated, text.received, causes.toString());
        }
        return new Outcome(text.toString(), text.truncated, text.received, null);
    }

    @Override
    public String name() {
        return "ForkParser";
    }

    @Override
    public void close() {
        fork.close();
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
