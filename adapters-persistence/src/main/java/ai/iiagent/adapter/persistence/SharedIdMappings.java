package ai.iiagent.adapter.persistence;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import java.util.UUID;

/** Id conversions several persistence mappers need; they extend this so MapStruct finds them. */
public interface SharedIdMappings {

    default UUID fromUserId(UserId id) {
        return id == null ? null : id.value();
    }

    default UserId toUserId(UUID id) {
        return id == null ? null : UserId.of(id);
    }

    default UUID fromSessionId(SessionId id) {
        return id == null ? null : id.value();
    }

    default SessionId toSessionId(UUID id) {
        return id == null ? null : new SessionId(id);
    }
}
