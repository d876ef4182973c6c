package ai.iiagent.domain.credits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The quote for one LLM call (credits-and-billing.md): how many output tokens the balance can pay
 * for ({@code outputCap}, passed to the provider as its max output tokens) and how many credits to
 * hold. The estimate is bounded: the hold never exceeds {@link #HOLD_CAP}; settlement charges the rest.
 *
 * @param maxUsd what the call can cost at most with this cap (the uncapped hold)
 */
public record LlmQuote(int outputCap, Credits hold, BigDecimal maxUsd) {

    /** Below this many affordable output tokens a call is refused. */
    public static final int MIN_OUTPUT_TOKENS = 128;
    /** The most a single call holds; a costlier call settles the difference afterwards. */
    public static final Credits HOLD_CAP = Credits.of(15);
    static final BigDecimal SAFETY_MARGIN_USD = new BigDecimal("0.001");
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal CACHE_WRITE_SHARE = new BigDecimal("0.25");

    public LlmQuote {
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(maxUsd, "maxUsd");
    }

    /** A call paid with the user's own key: no hold, the model's own cap. */
    public static LlmQuote free(int modelCap) {
        return new LlmQuote(modelCap, Credits.ZERO, BigDecimal.ZERO);
    }

    /**
     * @param available the account's balance now
     * @param estimatedInputTokens from the serialised request (tokenizer or chars/4)
     * @param modelCap the model's own output limit
     * @throws InsufficientCreditsException when fewer than 128 output tokens are affordable
     */
    public static LlmQuote forCall(Credits available, ModelPrice price, long estimatedInputTokens, int modelCap) {
        BigDecimal inputUsd = perToken(price.inputPerMillion()).multiply(BigDecimal.valueOf(estimatedInputTokens));
        BigDecimal cacheWriteUsd = price.cacheWritePerMillion().signum() > 0
                ? perToken(price.cacheWritePerMillion()).multiply(CACHE_WRITE_SHARE)
                        .multiply(BigDecimal.valueOf(estimatedInputTokens))
                : BigDecimal.ZERO;
        BigDecimal outputPerToken = perToken(price.outputPerMillion());
        Credits budget = available.isPositive() ? available.plus(CreditAccount.SHORTFALL_WINDOW) : available;
        BigDecimal spendableUsd = budget.toUsd().subtract(inputUsd).subtract(cacheWriteUsd).subtract(SAFETY_MARGIN_USD);
        long affordable = outputPerToken.signum() == 0 ? modelCap
                : spendableUsd.signum() <= 0 ? 0 : spendableUsd.divide(outputPerToken, 0, RoundingMode.FLOOR).longValue();
        int outputCap = (int) Math.max(0, Math.min(modelCap, affordable));
        BigDecimal fixedUsd = inputUsd.add(cacheWriteUsd);
        if (outputCap < MIN_OUTPUT_TOKENS) {
            BigDecimal neededUsd = fixedUsd.add(outputPerToken.multiply(BigDecimal.valueOf(MIN_OUTPUT_TOKENS)));
            throw new InsufficientCreditsException(Credits.fromUsd(neededUsd), available);
        }
        BigDecimal maxUsd = fixedUsd.add(outputPerToken.multiply(BigDecimal.valueOf(outputCap))).add(SAFETY_MARGIN_USD);
        return new LlmQuote(outputCap, Credits.fromUsd(maxUsd).min(HOLD_CAP), maxUsd);
    }

    private static BigDecimal perToken(BigDecimal perMillion) {
        return perMillion.divide(MILLION, 12, RoundingMode.HALF_UP);
    }
}
