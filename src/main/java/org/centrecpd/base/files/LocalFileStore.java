package org.centrecpd.base.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Files in a folder, two levels deep by hash prefix ({@code ab/cd/abcd…}) so that no folder grows
 * too large. A file is written under a temporary name and moved into place, so a reader never sees
 * half a file.
 */
@Component
@ConditionalOnProperty(name = "centrecpd.files.store", havingValue = "local", matchIfMissing = true)
public class LocalFileStore implements FileStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final Clock clock;

    /** The case studies' store (the one {@link FileStore} bean); another module may keep its own folder with {@code new}. */
    public LocalFileStore(@Value("${centrecpd.files-folder:data/files}") Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    @Override
    public String store(Path source) throws IOException {
        String hash = sha256(source);
        Path target = path(hash);
        // With deleteUnused under one lock: a file is either deleted before this looks (and written again),
        // or marked as stored now, which keeps it from the next deleteUnused until its upload has committed.
        // Marked by the application's clock, new or not, as deleteUnused measures its age by that clock.
        synchronized (this) {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path part = Files.createTempFile(target.getParent(), hash, ".part");
                Files.copy(source, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.setLastModifiedTime(target, FileTime.from(clock.instant()));
        }
        return hash;
    }

    @Override
    public int deleteUnused(Predicate<String> inUse, Duration age) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        // The files' times were set by store(), from the same clock.
        Instant before = clock.instant().minus(age);
        List<Path> candidates;
        try (Stream<Path> walk = Files.walk(root, 3)) {
            candidates = walk.filter(f -> SHA256.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f)).toList();
        }
        int deleted = 0;
        for (Path file : candidates) {
            String hash = file.getFileName().toString();
            synchronized (this) {
                if (Files.exists(file) && Files.getLastModifiedTime(file).toInstant().isBefore(before) && !inUse.test(hash)) {
                    Files.delete(file);
                    deleted++;
                }
            }
        }
        return deleted;
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    @Override
    public boolean exists(String sha256) {
        return Files.exists(path(sha256));
    }

    @Override
    public long size(String sha256) throws IOException {
        return Files.size(path(sha256));
    }

    /** The stored file itself: already on this disk, and never written again once stored. */
    @Override
    public <T, E extends Exception> T withLocalFile(String sha256, LocalFileWork<T, E> work) throws IOException, E {
        return work.apply(path(sha256));
    }

    private Path path(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
