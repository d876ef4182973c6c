package ai.iiagent.domain.agents;

import java.util.Objects;

/** A file the user attached to a query, as the conversation shows it: asset id, name, size, media type. */
public record AttachedFile(String id, String name, long size, String contentType) {

    public AttachedFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
    }
}
