package ai.iiagent.domain.credits;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * USD per million tokens for input, output, cache writes and cache reads (zero where a provider has
 * no such price). {@code fallback} marks a provider or global default used for an unknown model.
 */
public record ModelPrice(BigDecimal inputPerMillion, BigDecimal outputPerMillion, BigDecimal cacheWritePerMillion,
                         BigDecimal cacheReadPerMillion, boolean fallback) {

    public static final ModelPrice FREE = of("0", "0", "0", "0");

    public ModelPrice {
        Objects.requireNonNull(inputPerMillion, "inputPerMillion");
        Objects.requireNonNull(outputPerMillion, "outputPerMillion");
        Objects.requireNonNull(cacheWritePerMillion, "cacheWritePerMillion");
        Objects.requireNonNull(cacheReadPerMillion, "cacheReadPerMillion");
        if (inputPerMillion.signum() < 0 || outputPerMillion.signum() < 0 || cacheWritePerMillion.signum() < 0
                || cacheReadPerMillion.signum() < 0) {
            throw new IllegalArgumentException("prices are never negative");
        }
    }

    public static ModelPrice of(String input, String output, String cacheWrite, String cacheRead) {
        return new ModelPrice(new BigDecimal(input), new BigDecimal(output), new BigDecimal(cacheWrite),
                new BigDecimal(cacheRead), false);
    }

    ModelPrice asFallback() {
        return new ModelPrice(inputPerMillion, outputPerMillion, cacheWritePerMillion, cacheReadPerMillion, true);
    }

    public boolean isFree() {
        return inputPerMillion.signum() == 0 && outputPerMillion.signum() == 0 && cacheWritePerMillion.signum() == 0
                && cacheReadPerMillion.signum() == 0;
    }
}
