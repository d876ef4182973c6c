package ai.iiagent.adapter.storage.s3;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Client and presigner for one bucket. Checksums only when an operation requires them and no
 * aws-chunked bodies: S3-compatible stores (MinIO, Ceph, R2, older versions) differ in how they
 * support the SDK's newer defaults, while plain SigV4 with a signed payload works everywhere.
 */
final class S3Clients {

    private S3Clients() {
    }

    static S3Client client(S3StorageSettings settings) {
        var builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .serviceConfiguration(configuration(settings))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        return builder.build();
    }

    static S3Presigner presigner(S3StorageSettings settings) {
        var builder = S3Presigner.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .serviceConfiguration(configuration(settings));
        if (settings.endpoint() != null) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        return builder.build();
    }

    private static S3Configuration configuration(S3StorageSettings settings) {
        return S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).chunkedEncodingEnabled(false).build();
    }

    private static StaticCredentialsProvider credentials(S3StorageSettings settings) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
    }
}
