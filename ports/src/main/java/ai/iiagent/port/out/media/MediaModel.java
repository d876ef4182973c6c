package ai.iiagent.port.out.media;

import java.util.Objects;

/**
 * A model a media generator offers: its id as the provider names it, the provider, a display name,
 * and whether it is the embedded offline placeholder (made on this machine, no key, no network).
 */
public record MediaModel(String id, String provider, String displayName, MediaKind kind, boolean offline) {

    public MediaModel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(kind, "kind");
    }
}
