package ai.iiagent.port.out.llm;

import ai.iiagent.domain.credits.CreditReservation;

/**
 * A chat model behind one provider (OpenAI-compatible, Anthropic, Gemini, the offline model).
 * Billable: every call takes the {@link CreditReservation} that pays for it, so only metering's
 * {@code BillableExecutor}, which reserved it, can call. Adapters normalise usage so each token is
 * counted once (see {@code TokenUsage}) and never ask for more than {@code maxOutputTokens}.
 */
public interface LlmPort {

    /**
     * Runs one turn, streaming text to the listener; returns when the turn is complete.
     *
     * @throws LlmCallFailedException when the call failed after using tokens (the usage is then billed)
     */
    LlmTurn stream(LlmRequest request, CreditReservation reservation, LlmStreamListener listener);
}
