package org.centrecpd.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The app's translation bundle and the keys a feature's code writes out, for the tests that check none is missing. */
public final class Translations {

    private Translations() {
    }

    /** The bundle as the app reads it (UTF-8). */
    public static Properties bundle() {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n/translations.properties"),
                StandardCharsets.UTF_8)) {
            bundle.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle;
    }

    /** Every quoted string matching {@code key} (its first group) in the Java files under the given folders. */
    public static List<String> keysWrittenIn(Pattern key, String... folders) {
        List<String> keys = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = key.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }
}
