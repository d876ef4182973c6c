package ai.iiagent.domain.files;

import java.util.Objects;
import java.util.UUID;

/** Identity of an {@link Asset}. */
public record AssetId(UUID value) {

    public AssetId {
        Objects.requireNonNull(value, "value");
    }

    public static AssetId random() {
        return new AssetId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
