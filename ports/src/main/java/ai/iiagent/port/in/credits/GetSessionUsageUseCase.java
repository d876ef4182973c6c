package ai.iiagent.port.in.credits;

/**
 * What one session cost its owner ({@code GET /v1/credits/usage/{session_id}}); a session with no
 * billed calls, or someone else's, reports zero usage (usage is recorded per user, so nothing leaks).
 */
public interface GetSessionUsageUseCase {

    SessionCost usage(GetSessionUsageQuery query);
}
