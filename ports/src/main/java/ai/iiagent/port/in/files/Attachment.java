package ai.iiagent.port.in.files;

import ai.iiagent.domain.files.Asset;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Supplier;

/** An attached asset; {@link #open()} streams its bytes (the caller closes the stream). */
public record Attachment(Asset asset, Supplier<InputStream> content) {

    public Attachment {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(content, "content");
    }

    public InputStream open() {
        return content.get();
    }
}
