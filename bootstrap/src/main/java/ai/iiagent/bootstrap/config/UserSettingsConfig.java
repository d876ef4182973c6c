package ai.iiagent.bootstrap.config;

import io.smallrye.config.WithDefault;
import java.util.Optional;

/** {@code app.user-settings.*}: the secrets master key, system models and skill upload limits (docs/api/settings.md). */
public interface UserSettingsConfig {

    /** Base64 of 32 random bytes ({@code APP_MASTER_KEY}); absent: a key generated under the data dir on first start. */
    Optional<String> masterKey();

    /** Older master keys, comma-separated base64, still accepted for decryption ({@code APP_MASTER_KEY_PREVIOUS}). */
    Optional<String> masterKeyPrevious();

    /** Where the generated key lives ({@code APP_MASTER_KEY_FILE}); default {@code <data dir>/keys/master.key}. */
    Optional<String> masterKeyFile();

    /** System models as a JSON array ({@code MODEL_CONFIGS}, reference §8.3). */
    Optional<String> modelConfigs();

    /** System models from a YAML file ({@code MODEL_CONFIGS_FILE}); a bad file stops the start-up. */
    Optional<String> modelConfigsFile();

    /** Let users' base URLs name loopback/private/link-local hosts ({@code APP_ALLOW_PRIVATE_MODEL_URLS}). */
    @WithDefault("false")
    boolean allowPrivateBaseUrls();

    /** Re-encrypt secrets sealed by an older key at start-up ({@code APP_REENCRYPT_ON_START}). */
    @WithDefault("true")
    boolean reEncryptOnStart();

    /** Skill package limits ({@code app.user-settings.skills.*}). */
    Skills skills();

    /** Bounds on uploaded skill packages. */
    interface Skills {
        @WithDefault("5242880")
        long maxPackageBytes();

        @WithDefault("200")
        int maxEntries();

        @WithDefault("2097152")
        long maxEntryBytes();

        @WithDefault("20971520")
        long maxTotalBytes();

        @WithDefault("100")
        int maxCompressionRatio();
    }
}
