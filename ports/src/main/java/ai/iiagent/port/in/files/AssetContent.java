package ai.iiagent.port.in.files;

import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.ObjectContent;
import java.util.Objects;

/** An opened asset: its description and its bytes (close {@code content} when done). */
public record AssetContent(Asset asset, ObjectContent content) implements AutoCloseable {

    public AssetContent {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public void close() {
        content.close();
    }
}
