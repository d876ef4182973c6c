package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.sessions.SessionId;
import java.util.Objects;

/** What to change; null fields stay as they are. */
public record UpdateSessionCommand(Identity owner, SessionId sessionId, String name, Boolean isPublic,
                                   boolean delete) {

    public UpdateSessionCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
    }

    public static UpdateSessionCommand rename(Identity owner, SessionId id, String name) {
        return new UpdateSessionCommand(owner, id, name, null, false);
    }

    public static UpdateSessionCommand publish(Identity owner, SessionId id, boolean isPublic) {
        return new UpdateSessionCommand(owner, id, null, isPublic, false);
    }

    public static UpdateSessionCommand delete(Identity owner, SessionId id) {
        return new UpdateSessionCommand(owner, id, null, null, true);
    }
}
