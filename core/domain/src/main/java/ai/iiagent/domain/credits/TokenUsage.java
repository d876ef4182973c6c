package ai.iiagent.domain.credits;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Tokens of one LLM call, normalised by the provider adapter so that each token is counted once:
 * {@code input} excludes cache reads and writes, {@code output} excludes reasoning tokens (adapters
 * of providers that fold reasoning into output subtract it), reasoning is billed at the output price.
 */
public record TokenUsage(long input, long output, long cacheRead, long cacheWrite, long reasoning) {

    public static final TokenUsage NONE = new TokenUsage(0, 0, 0, 0, 0);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public TokenUsage {
        if (input < 0 || output < 0 || cacheRead < 0 || cacheWrite < 0 || reasoning < 0) {
            throw new IllegalArgumentException("token counts are never negative");
        }
    }

    /** {@code (in·P_in + out·P_out + cache_read·P_cr + cache_write·P_cw + reasoning·P_out) / 1e6} in USD. */
    public BigDecimal costUsd(ModelPrice price) {
        BigDecimal perMillion = price.inputPerMillion().multiply(BigDecimal.valueOf(input))
                .add(price.outputPerMillion().multiply(BigDecimal.valueOf(output + reasoning)))
                .add(price.cacheReadPerMillion().multiply(BigDecimal.valueOf(cacheRead)))
                .add(price.cacheWritePerMillion().multiply(BigDecimal.valueOf(cacheWrite)));
        return perMillion.divide(MILLION, 12, RoundingMode.HALF_UP);
    }

    public Credits cost(ModelPrice price) {
        return Credits.fromUsd(costUsd(price));
    }
}
