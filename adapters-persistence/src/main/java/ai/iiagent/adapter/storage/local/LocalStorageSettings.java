package ai.iiagent.adapter.storage.local;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The local store: its root directory, the base URL our signed-URL endpoints are reached at
 * ({@code https://host/v1/storage/local}) and the HMAC secret that signs them.
 */
public record LocalStorageSettings(Path root, String signedUrlBase, byte[] signingSecret) {

    public LocalStorageSettings {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(signedUrlBase, "signedUrlBase");
        if (signingSecret == null || signingSecret.length < 32) {
            throw new IllegalArgumentException("the signing secret needs at least 32 bytes");
        }
        signingSecret = signingSecret.clone();
    }
}
