package org.centrecpd.base.files;

import java.net.URI;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The object store, with {@code centrecpd.files.store=s3} (the default, {@code local}, keeps files in a folder):
 * the bucket, the endpoint of an S3-compatible store other than Amazon's, its region, and path-style access
 * (MinIO, Ceph, Garage and most stores on one host name need it). The credentials are the AWS SDK's usual chain
 * (environment, profile, instance role) unless an access key is set here. See docs/operations.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "centrecpd.files.store", havingValue = "s3")
class S3Storage {

    @Bean(destroyMethod = "close")
    S3Client s3Client(@Value("${centrecpd.files.s3.endpoint:}") String endpoint,
                      @Value("${centrecpd.files.s3.region:eu-west-2}") String region,
                      @Value("${centrecpd.files.s3.path-style-access:false}") boolean pathStyle,
                      @Value("${centrecpd.files.s3.access-key:}") String accessKey,
                      @Value("${centrecpd.files.s3.secret-key:}") String secretKey) {
        return client(endpoint, region, pathStyle, accessKey.isBlank() ? DefaultCredentialsProvider.builder().build()
            : StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
    }

    @Bean
    FileStore s3FileStore(S3Client s3, @Value("${centrecpd.files.s3.bucket}") String bucket,
                          @Value("${centrecpd.files.s3.prefix:files/}") String prefix, Clock clock) {
        return new S3FileStore(s3, bucket, prefix, clock);
    }

    static S3Client client(String endpoint, String region, boolean pathStyle, AwsCredentialsProvider credentials) {
        var builder = S3Client.builder().region(Region.of(region)).credentialsProvider(credentials)
            .forcePathStyle(pathStyle);
        if (!endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }
}
