package ai.iiagent.port.in.sandboxes;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/**
 * The owner's file explorer asks for a directory of the workspace.
 *
 * @param path  relative to the workspace root; null or blank for the root
 * @param depth levels below it; null for the default (the service bounds it)
 */
public record ListSandboxFilesQuery(Identity caller, SessionId sessionId, String path, Integer depth) {

    public ListSandboxFilesQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(sessionId, "sessionId");
        path = path == null ? "" : path.strip();
    }
}
