package ai.iiagent.domain.sessions;

import ai.iiagent.domain.shared.ModelSettingId;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;

/**
 * Complete stored state of a {@link Session}; {@code version} is the optimistic-lock counter.
 * {@code titlePinned} is set by a rename, after which automatic titling leaves the name alone;
 * {@code forkInfo} is null unless the session was forked.
 */
public record SessionSnapshot(SessionId id, UserId ownerId, String name, AppKind appKind, String agentType,
                              boolean isPublic, SessionId parentSessionId, ModelSettingId modelSettingId,
                              ForkInfo forkInfo, boolean titlePinned, Instant lastMessageAt, Instant createdAt,
                              Instant updatedAt, boolean deleted, long version) {
}
