package ai.iiagent.port.in.files;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.io.InputStream;
import java.util.Objects;

/**
 * Bytes from elsewhere (a connector's import) to store as the caller's upload: {@code size} of them,
 * or an unknown number ({@code size < 0}) of which at most {@code maxUnknownBytes} (and never more than
 * the upload limit) are accepted. Linked to {@code sessionId} when given.
 */
public record StoreFileCommand(Identity owner, String fileName, String contentType, long size, long maxUnknownBytes,
                               InputStream content, SessionId sessionId) {

    public StoreFileCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(content, "content");
    }
}
