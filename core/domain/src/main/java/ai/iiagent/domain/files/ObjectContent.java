package ai.iiagent.domain.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * An opened object: the bytes of {@code range} (or all {@code totalSize} bytes when range is null).
 * Closing it releases the file handle or connection.
 */
public record ObjectContent(InputStream stream, long totalSize, ByteRange range) implements AutoCloseable {

    public ObjectContent {
        Objects.requireNonNull(stream, "stream");
    }

    /** How many bytes {@link #stream()} yields. */
    public long length() {
        return range == null ? totalSize : range.length();
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
