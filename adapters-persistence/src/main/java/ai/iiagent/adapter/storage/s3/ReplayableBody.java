package ai.iiagent.adapter.storage.s3;

import ai.iiagent.port.out.storage.StorageFailureException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * A request body the SDK can read twice (once to sign the payload, once to send it): small objects
 * in memory, larger ones spooled to a temporary file that is removed on close.
 */
final class ReplayableBody implements AutoCloseable {

    private static final long IN_MEMORY_LIMIT = 8L * 1024 * 1024;

    private final RequestBody body;
    private final Path spool;

    private ReplayableBody(RequestBody body, Path spool) {
        this.body = body;
        this.spool = spool;
    }

    static ReplayableBody of(InputStream content, long size) {
        try {
            if (size <= IN_MEMORY_LIMIT) {
                byte[] bytes = content.readAllBytes();
                if (bytes.length != size) {
                    throw new StorageFailureException("expected " + size + " bytes, got " + bytes.length);
                }
                return new ReplayableBody(RequestBody.fromBytes(bytes), null);
            }
            Path spool = Files.createTempFile("ii-agent-s3-", ".part");
            long written = Files.copy(content, spool, StandardCopyOption.REPLACE_EXISTING);
            if (written != size) {
                Files.deleteIfExists(spool);
                throw new StorageFailureException("expected " + size + " bytes, got " + written);
            }
            return new ReplayableBody(RequestBody.fromFile(spool), spool);
        } catch (IOException e) {
            throw new StorageFailureException("could not read the upload: " + e.getMessage());
        }
    }

    RequestBody requestBody() {
        return body;
    }

    @Override
    public void close() {
        if (spool != null) {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException ignored) {
                // a temp file left behind is cleaned by the OS
            }
        }
    }
}
