package ai.iiagent.port.in.credits;

/** What each of the caller's sessions cost ({@code GET /v1/credits/usage}). */
public interface ListSessionUsageUseCase {

    SessionUsagePage list(ListSessionUsageQuery query);
}
