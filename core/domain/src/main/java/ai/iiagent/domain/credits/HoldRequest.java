package ai.iiagent.domain.credits;

import java.util.Objects;

/** How much to hold: a fixed amount (a paid tool's maximum cost) or an LLM call to quote. */
public sealed interface HoldRequest {

    /** Holds exactly {@code amount} (zero is allowed: the call is still recorded). */
    record Fixed(Credits amount) implements HoldRequest {
        public Fixed {
            Objects.requireNonNull(amount, "amount");
        }
    }

    /**
     * Quotes the call against the balance under the account's lock (credits-and-billing.md);
     * {@code byok} (the user's own key) holds nothing and keeps the model's cap.
     */
    record Llm(ModelPrice price, long estimatedInputTokens, int modelCap, boolean byok) implements HoldRequest {
        public Llm {
            Objects.requireNonNull(price, "price");
            if (estimatedInputTokens < 0 || modelCap < 1) {
                throw new IllegalArgumentException("input estimate >= 0 and model cap >= 1");
            }
        }
    }
}
