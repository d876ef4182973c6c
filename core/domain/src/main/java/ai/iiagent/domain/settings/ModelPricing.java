package ai.iiagent.domain.settings;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * USD per million tokens a setting declares for input, output, cache writes and cache reads. Same
 * meaning as {@code domain.credits.ModelPrice}; the metering side turns one into the other (settings
 * may not depend on credits).
 */
public record ModelPricing(BigDecimal input, BigDecimal output, BigDecimal cacheWrite, BigDecimal cacheRead) {

    private static final BigDecimal MAX = new BigDecimal("100000");

    public ModelPricing {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        cacheWrite = cacheWrite == null ? BigDecimal.ZERO : cacheWrite;
        cacheRead = cacheRead == null ? BigDecimal.ZERO : cacheRead;
        input = input.stripTrailingZeros();
        output = output.stripTrailingZeros();
        cacheWrite = cacheWrite.stripTrailingZeros();
        cacheRead = cacheRead.stripTrailingZeros();
        if (Stream.of(input, output, cacheWrite, cacheRead).anyMatch(p -> p.signum() < 0 || p.compareTo(MAX) > 0)) {
            throw new SettingsValidationException("invalid_model_pricing",
                    "prices are USD per million tokens between 0 and " + MAX);
        }
    }
}
