package org.centrecpd.organisation.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fixture files under {@code src/test/resources/import}, with {@code {s}} replaced by a suffix
 * of the test's own, so every test imports an organisation and staff no other test touches.
 */
final class ImportFixtures {

    private static final AtomicInteger NEXT = new AtomicInteger();

    final String s;

    ImportFixtures() {
        s = Long.toString(System.nanoTime() % 100_000, 36) + NEXT.incrementAndGet();
    }

    byte[] file(String name) {
        try (InputStream in = ImportFixtures.class.getResourceAsStream("/import/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replace("{s}", s).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String email(String first) {
        return first + "." + s + "@example.org";
    }

    static byte[] bytes(java.util.function.Consumer<java.io.OutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return out.toByteArray();
    }
}
