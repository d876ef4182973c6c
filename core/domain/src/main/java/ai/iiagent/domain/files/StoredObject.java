package ai.iiagent.domain.files;

import java.util.Objects;

/** What storage knows about an object without reading it ({@code contentType} null when the store keeps none). */
public record StoredObject(ObjectKey key, long size, ContentType contentType) {

    public StoredObject {
        Objects.requireNonNull(key, "key");
    }
}
