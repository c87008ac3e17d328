package org.centrecpd.casestudies.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import org.centrecpd.support.TestS3;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The file-store contract on an object store: a real S3 API server in a JVM of its own ({@link TestS3}), reached
 * through the AWS SDK as in production, with path-style access as MinIO and most S3-compatible stores need. Each
 * test has a prefix of its own in the bucket, so that it sweeps only its own files.
 */
class S3FileStoreTest extends FileStoreContract {

    private static S3Client s3;

    private static synchronized S3Client s3() {
        if (s3 == null) {
            s3 = S3Storage.client(TestS3.endpoint(), "eu-west-2", true,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")));
        }
        return s3;
    }

    @AfterAll
    static void close() {
        if (s3 != null) {
            s3.close();
            s3 = null;
        }
    }

    @Override
    FileStore store(Clock clock) {
        return new S3FileStore(s3(), TestS3.BUCKET, "test-" + System.nanoTime() + "/", clock);
    }

    @Test
    void filesAreObjectsNamedByTheirContentThatNobodyReadsWithoutTheApp() throws Exception {
        FileStore store = store(Clock.systemUTC());
        String hash = store.store(Files.writeString(uploads.resolve("plan.txt"), "Outreach plan"));
        var listed = s3().listObjectsV2(l -> l.bucket(TestS3.BUCKET).prefix("test-")).contents();
        assertThat(listed).anySatisfy(o -> assertThat(o.key()).endsWith("/" + hash));
    }

    @Test
    void theAppNeverHandsOutADirectLinkToAFile() {
        // Files reach people only through the app's access checks: no pre-signed URL, no public object.
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk.services.s3.presigner..")
            .orShould().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("setting a public ACL",
                call -> call.getTarget().getName().equals("acl") && call.getTargetOwner().getPackageName().startsWith("software.amazon.awssdk")))
            .check(new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.centrecpd"));
    }
}
