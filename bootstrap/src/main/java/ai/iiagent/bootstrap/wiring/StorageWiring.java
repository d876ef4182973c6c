package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.storage.local.LocalSigningSecret;
import ai.iiagent.adapter.storage.local.LocalStorageAdapter;
import ai.iiagent.adapter.storage.local.LocalStorageSettings;
import ai.iiagent.adapter.storage.s3.S3StorageAdapter;
import ai.iiagent.adapter.storage.s3.S3StorageSettings;
import ai.iiagent.bootstrap.config.AppSettings;
import ai.iiagent.bootstrap.config.StorageConfig;
import ai.iiagent.domain.files.UploadPolicy;
import ai.iiagent.port.out.storage.StoragePort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Picks the object store from {@code storage.provider}. {@code s3} with missing settings stops
 * start-up with a message naming them (no silent fallback to local files). {@code @Singleton}, so
 * the wiring step builds it eagerly along with the file use cases.
 */
@ApplicationScoped
public class StorageWiring {

    private static final Logger LOG = Logger.getLogger(StorageWiring.class);

    @Produces
    @Singleton
    StoragePort storage(StorageConfig config, AppSettings app) {
        String provider = config.provider().strip().toLowerCase(Locale.ROOT);
        return switch (provider) {
            case "local" -> local(app);
            case "s3" -> s3(config.s3());
            default -> throw new IllegalArgumentException("STORAGE_PROVIDER must be local or s3, got '" + provider + "'");
        };
    }

    void close(@Disposes StoragePort storage) throws Exception {
        if (storage instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Produces
    @Singleton
    UploadPolicy uploadPolicy(StorageConfig config) {
        return new UploadPolicy(config.maxUploadBytes(), config.allowedContentTypes(), config.maxAvatarBytes(),
                config.avatarContentTypes(), config.urlTtl());
    }

    private static StoragePort local(AppSettings app) {
        Path dataDir = Path.of(app.dataDir()).toAbsolutePath();
        Path root = dataDir.resolve("storage");
        LOG.infof("storage: local files under %s", root);
        return new LocalStorageAdapter(new LocalStorageSettings(root, app.publicUrl() + "/v1/storage/local",
                LocalSigningSecret.loadOrCreate(dataDir)));
    }

    static StoragePort s3(StorageConfig.S3 s3) {
        List<String> missing = new ArrayList<>();
        String bucket = required(s3.bucket(), "S3_BUCKET", missing);
        String region = required(s3.region(), "S3_REGION", missing);
        String accessKey = required(s3.accessKey(), "S3_ACCESS_KEY", missing);
        String secretKey = required(s3.secretKey(), "S3_SECRET_KEY", missing);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("STORAGE_PROVIDER=s3 needs " + String.join(", ", missing)
                    + " (see docs/operations.md)");
        }
        S3StorageSettings settings = new S3StorageSettings(bucket, region, nonBlank(s3.endpoint()).orElse(null),
                accessKey, secretKey, s3.pathStyle());
        LOG.infof("storage: %s", settings);
        return new S3StorageAdapter(settings);
    }

    private static String required(Optional<String> value, String variable, List<String> missing) {
        Optional<String> present = nonBlank(value);
        if (present.isEmpty()) {
            missing.add(variable);
        }
        return present.orElse(null);
    }

    private static Optional<String> nonBlank(Optional<String> value) {
        return value.map(String::strip).filter(text -> !text.isEmpty());
    }
}
