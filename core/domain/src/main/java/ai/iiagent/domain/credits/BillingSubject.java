package ai.iiagent.domain.credits;

import java.util.UUID;

/**
 * What billable work is for: the session and run (plain ids: credits does not depend on sessions),
 * the model and provider of an LLM call, or the tool. Every part may be absent.
 */
public record BillingSubject(UUID sessionId, UUID runId, String provider, String modelId, String toolName) {

    public static final BillingSubject NONE = new BillingSubject(null, null, null, null, null);

    public static BillingSubject llm(UUID sessionId, UUID runId, String provider, String modelId) {
        return new BillingSubject(sessionId, runId, provider, modelId, null);
    }

    public static BillingSubject tool(UUID sessionId, UUID runId, String toolName) {
        return new BillingSubject(sessionId, runId, null, null, toolName);
    }
}
