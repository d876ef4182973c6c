package ai.iiagent.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.adapter.storage.s3.S3StorageAdapter;
import ai.iiagent.bootstrap.config.StorageConfig;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** STORAGE_PROVIDER=s3 with missing settings fails start-up by name; nothing falls back to local files. */
class StorageWiringTest {

    record S3(Optional<String> bucket, Optional<String> region, Optional<String> endpoint, Optional<String> accessKey,
              Optional<String> secretKey, boolean pathStyle) implements StorageConfig.S3 {
    }

    @Test
    void givenS3WithoutBucketAndKeys_whenWired_thenStartupErrorNamesTheMissingVariables() {
        S3 incomplete = new S3(Optional.empty(), Optional.of("eu-central-1"), Optional.empty(), Optional.of(" "),
                Optional.empty(), false);
        assertThatThrownBy(() -> StorageWiring.s3(incomplete)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("S3_BUCKET").hasMessageContaining("S3_ACCESS_KEY")
                .hasMessageContaining("S3_SECRET_KEY").hasMessageNotContaining("S3_REGION");
    }

    @Test
    void givenCompleteS3Settings_whenWired_thenTheS3AdapterIsUsed() throws Exception {
        S3 complete = new S3(Optional.of("b"), Optional.of("us-east-1"), Optional.of("http://127.0.0.1:9"),
                Optional.of("ak"), Optional.of("sk"), true);
        var storage = StorageWiring.s3(complete);
        assertThat(storage).isInstanceOf(S3StorageAdapter.class);
        ((S3StorageAdapter) storage).close();
    }
}
