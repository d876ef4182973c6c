package ai.iiagent.domain.credits;

import java.time.Instant;
import java.util.UUID;

/** What the settled calls of one session used and cost ({@code sessionTitle} may be null). */
public record SessionUsage(UUID sessionId, String sessionTitle, Credits credits, long calls, long inputTokens, long outputTokens,
                           long cacheReadTokens, long cacheWriteTokens, long reasoningTokens, Instant lastUsedAt) {
}
