package ai.iiagent.domain.credits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of credits (1 credit = $0.015), exact to six decimals as stored ({@code numeric(18,6)}).
 * May be negative: balances can dip into the bounded shortfall window, ledger amounts are signed.
 */
public record Credits(BigDecimal value) implements Comparable<Credits> {

    public static final int SCALE = 6;
    public static final Credits ZERO = new Credits(BigDecimal.ZERO);
    private static final BigDecimal USD_PER_HUNDRED_CREDITS = new BigDecimal("1.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Credits {
        Objects.requireNonNull(value, "value");
        value = value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static Credits of(String value) {
        return new Credits(new BigDecimal(value));
    }

    public static Credits of(long value) {
        return new Credits(BigDecimal.valueOf(value));
    }

    /** {@code usd × 100 / 1.5}, rounded half-up to six decimals. */
    public static Credits fromUsd(BigDecimal usd) {
        return new Credits(usd.multiply(HUNDRED).divide(USD_PER_HUNDRED_CREDITS, SCALE, RoundingMode.HALF_UP));
    }

    /** {@code credits × 1.5 / 100} in USD (exact). */
    public BigDecimal toUsd() {
        return value.multiply(USD_PER_HUNDRED_CREDITS).divide(HUNDRED, SCALE + 2, RoundingMode.HALF_UP);
    }

    public Credits plus(Credits other) {
        return new Credits(value.add(other.value));
    }

    public Credits minus(Credits other) {
        return new Credits(value.subtract(other.value));
    }

    public Credits negate() {
        return new Credits(value.negate());
    }

    public Credits min(Credits other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Credits max(Credits other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean isLessThan(Credits other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Credits other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
