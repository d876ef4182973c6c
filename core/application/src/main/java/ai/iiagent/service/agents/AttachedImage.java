package ai.iiagent.service.agents;

import java.util.Objects;

/** An attached image for a vision model: its name, media type ({@code image/png}, ...) and bytes. */
record AttachedImage(String name, String mediaType, byte[] data) {

    AttachedImage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(data, "data");
    }
}
