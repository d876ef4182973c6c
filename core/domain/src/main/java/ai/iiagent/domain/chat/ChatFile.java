package ai.iiagent.domain.chat;

import java.util.Objects;

/** A file attached to a chat message: the asset's id, name, media type and size in bytes. */
public record ChatFile(String id, String name, String contentType, long size) {

    public ChatFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        contentType = contentType == null ? "application/octet-stream" : contentType;
    }
}
