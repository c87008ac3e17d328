package org.centrecpd.casestudies.extraction;

import java.io.Closeable;
import java.nio.file.Path;

/**
 * One way of running Tika's parsers outside the server's JVM. The child process has a memory limit,
 * each document a time limit, and the text is capped at {@code maxCharacters}.
 */
interface IsolatedParsing extends Closeable {

    /**
     * What came back from the child: the text (at most the cap), whether the cap was reached, how many
     * characters the parser produced in all where that is known (else the text's length), and what
     * went wrong, as Tika's words (a status, an exception or its stack trace), or {@code null}.
     */
    record Outcome(String text, boolean truncated, long charactersProduced, String failure) {

        static Outcome failed(String failure) {
            return new Outcome("", false, 0, failure);
        }
    }

    Outcome parse(Path file);

    /** A short name for the log and the benchmark. */
    String name();

    @Override
    void close();
}
