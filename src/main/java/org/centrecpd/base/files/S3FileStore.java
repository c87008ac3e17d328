package org.centrecpd.base.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Files in a bucket of an S3-compatible object store (Amazon S3, MinIO, Ceph, Garage…), shared by every app node;
 * chosen with {@code centrecpd.files.store=s3} ({@link S3Storage}). Objects are named by the SHA-256 of their
 * content under a prefix, as the folder store names its files. The bucket stays private: files reach people only
 * through the app, which streams them after its access checks (no public objects, no pre-signed URLs). Tools that
 * read by path (Tika's child processes) get a temporary local copy ({@link FileStore#withLocalFile}'s default).
 * <p>
 * When a file was last stored is kept in the object's metadata ({@value #STORED_AT}), by the application's clock,
 * as the folder store keeps it in the file's time: {@link #deleteUnused} measures the grace by that clock too.
 * Storing a file that is already there copies the object onto itself with a new time, so an upload in progress
 * keeps its file from the sweep.
 */
class S3FileStore implements FileStore {

    static final String STORED_AT = "stored-at";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final Clock clock;

    S3FileStore(S3Client s3, String bucket, String prefix, Clock clock) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
        this.clock = clock;
    }

    @Override
    public String store(Path source) throws IOException {
        String hash = LocalFileStore.sha256(source);
        Map<String, String> storedNow = Map.of(STORED_AT, clock.instant().toString());
        try {
            if (exists(hash)) {
                s3.copyObject(c -> c.sourceBucket(bucket).sourceKey(key(hash)).destinationBucket(bucket).destinationKey(key(hash))
                    .metadataDirective(MetadataDirective.REPLACE).metadata(storedNow));
            } else {
                s3.putObject(p -> p.bucket(bucket).key(key(hash)).metadata(storedNow), RequestBody.fromFile(source));
            }
        } catch (SdkException e) {
            throw new IOException("Could not store " + hash + " in bucket " + bucket, e);
        }
        return hash;
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        try {
            return s3.getObject(g -> g.bucket(bucket).key(key(sha256)));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key(sha256));
        } catch (SdkException e) {
            throw new IOException("Could not read " + sha256 + " from bucket " + bucket, e);
        }
    }

    @Override
    public boolean exists(String sha256) {
        return head(sha256) != null;
    }

    @Override
    public long size(String sha256) throws IOException {
        HeadObjectResponse head = head(sha256);
        if (head == null) {
            throw new NoSuchFileException(key(sha256));
        }
        return head.contentLength();
    }

    /**
     * Lists the bucket under the prefix; asks the database first (cheap) and the object's stored time only of the
     * files nothing refers to. Run by one node at a time ({@code StoredFilesSweep}'s lock).
     */
    @Override
    public int deleteUnused(Predicate<String> inUse, Duration age) throws IOException {
        Instant before = clock.instant().minus(age);
        int deleted = 0;
        try {
            for (S3Object object : s3.listObjectsV2Paginator(l -> l.bucket(bucket).prefix(prefix)).contents()) {
                String hash = object.key().substring(prefix.length());
                if (!SHA256.matcher(hash).matches() || inUse.test(hash)) {
                    continue;
                }
                HeadObjectResponse head = head(hash);
                if (head != null && storedAt(head).isBefore(before) && !inUse.test(hash)) {
                    s3.deleteObject(d -> d.bucket(bucket).key(object.key()));
                    deleted++;
                }
            }
        } catch (SdkException e) {
            throw new IOException("Could not sweep bucket " + bucket, e);
        }
        return deleted;
    }

    /** An object without the time (put there by hand, or by a copy from the folder store) counts from its last change. */
    private static Instant storedAt(HeadObjectResponse head) {
        String at = head.metadata().get(STORED_AT);
        return at != null ? Instant.parse(at) : head.lastModified();
    }

    private HeadObjectResponse head(String sha256) {
        try {
            return s3.headObject(h -> h.bucket(bucket).key(key(sha256)));
        } catch (NoSuchKeyException e) {
            return null;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return null;
            }
            throw e;
        }
    }

    private String key(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return prefix + sha256;
    }
}
