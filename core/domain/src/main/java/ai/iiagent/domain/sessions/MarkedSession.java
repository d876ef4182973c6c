package ai.iiagent.domain.sessions;

import java.time.Instant;
import java.util.UUID;

/** A pin or wishlist entry seen together with its session (read model, the original's list shape). */
public record MarkedSession(UUID markId, SessionId sessionId, String sessionName, String agentType,
                            Instant markedAt, Instant sessionCreatedAt, Instant lastMessageAt) {
}
