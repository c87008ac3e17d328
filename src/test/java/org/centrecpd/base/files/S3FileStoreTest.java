package org.centrecpd.base.files;

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
    void toolsThatReadByPathGetATemporaryCopyThatIsGoneAfterwards() throws Exception {
        FileStore store = store(Clock.systemUTC());
        String hash = store.store(Files.writeString(uploads.resolve("report.txt"), "Read by Tika's child process"));
        java.nio.file.Path[] copy = new java.nio.file.Path[1];
        String read = store.<String, RuntimeException>withLocalFile(hash, file -> {
            copy[0] = file;
            return Files.readString(file);
        });
        assertThat(read).isEqualTo("Read by Tika's child process");
        assertThat(copy[0]).doesNotExist();
    }

    @Test
    void theSettingChoosesTheObjectStoreAndItsBucket() {
        new org.springframework.boot.test.context.runner.ApplicationContextRunner()
            .withUserConfiguration(S3Storage.class)
            .withBean(Clock.class, Clock::systemUTC)
            .withPropertyValues("centrecpd.files.store=s3", "centrecpd.files.s3.bucket=" + TestS3.BUCKET,
                "centrecpd.files.s3.endpoint=" + TestS3.endpoint(), "centrecpd.files.s3.path-style-access=true",
                "centrecpd.files.s3.access-key=test", "centrecpd.files.s3.secret-key=test", "centrecpd.files.s3.prefix=wired/")
            .run(context -> {
                FileStore store = context.getBean(FileStore.class);
                assertThat(store).isInstanceOf(S3FileStore.class);
                String hash = store.store(Files.writeString(uploads.resolve("wired.txt"), "Through the settings"));
                assertThat(s3().headObject(h -> h.bucket(TestS3.BUCKET).key("wired/" + hash)).contentLength())
                    .isEqualTo("Through the settings".length());
            });
        // The default: no object store at all.
        new org.springframework.boot.test.context.runner.ApplicationContextRunner()
            .withUserConfiguration(S3Storage.class)
            .run(context -> assertThat(context).doesNotHaveBean(FileStore.class).doesNotHaveBean(S3Client.class));
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
