package ai.iiagent.port.out.credits;

import ai.iiagent.domain.credits.SessionUsage;
import ai.iiagent.domain.credits.UsageTotal;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Usage of settled calls, for per-session cost and the admin usage report. */
public interface CreditUsageRepository {

    void record(UsageRecord usage);

    /** A user's sessions with usage, most recent first; {@code page} counts from 1. */
    List<SessionUsage> bySession(UserId userId, int page, int perPage);

    long sessionsWithUsage(UserId userId);

    Optional<SessionUsage> forSession(UserId userId, UUID sessionId);

    /**
     * Whether {@code sessionId} names a session the user owns (deleted or not). A stranger's session
     * and one that never existed both answer false, so the caller cannot tell them apart.
     */
    boolean isSessionOf(UserId userId, UUID sessionId);

    /** Totals per user or per model between two instants ({@code groupBy}: "user" or "model"). */
    List<UsageTotal> totals(String groupBy, Instant from, Instant to);

}
