package ai.iiagent.domain.sessions;

import ai.iiagent.domain.users.UserId;
import java.time.Instant;

/** Complete stored state of a {@link Session}; {@code version} is the optimistic-lock counter. */
public record SessionSnapshot(SessionId id, UserId ownerId, String name, AppKind appKind, String agentType,
                              boolean isPublic, SessionId parentSessionId, Instant lastMessageAt, Instant createdAt,
                              Instant updatedAt, boolean deleted, long version) {
}
