package ai.iiagent.port.out.media;

import java.util.Objects;

/** A picture handed to an editor: its bytes and media type ({@code image/png}, {@code image/jpeg}, {@code image/webp}). */
public record SourceImage(byte[] content, String contentType) {

    public SourceImage {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentType, "contentType");
    }
}
