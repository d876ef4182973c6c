package ai.iiagent.port.out.llm;

import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.UpstreamFailureException;

/**
 * A provider call that failed or was interrupted after it had used tokens (a broken stream, a
 * cancel mid-turn): metering settles {@link #usageSoFar()} instead of releasing the whole hold.
 */
public final class LlmCallFailedException extends UpstreamFailureException {

    private final transient TokenUsage usageSoFar;

    public LlmCallFailedException(String message, TokenUsage usageSoFar) {
        super(ErrorCode.of("llm_call_failed"), message);
        this.usageSoFar = usageSoFar == null ? TokenUsage.NONE : usageSoFar;
    }

    public TokenUsage usageSoFar() {
        return usageSoFar;
    }
}
