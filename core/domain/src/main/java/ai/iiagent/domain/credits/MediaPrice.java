package ai.iiagent.domain.credits;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one media generation costs in USD per unit: per image, per second of video, per character
 * of speech, or per editing operation. {@code fallback} marks the default used for a model the table does not know.
 */
public record MediaPrice(BigDecimal usdPerUnit, Unit unit, boolean fallback) {

    /** What a media price counts. */
    public enum Unit {
        IMAGE("image"), VIDEO_SECOND("second"), CHARACTER("character"),
        /** One edit of files the user has (joining clips, taking frames out of one). */
        OPERATION("operation");

        private final String code;

        Unit(String code) {
            this.code = code;
        }

        /** The unit as shown to users ({@code image}, {@code second}, {@code character}). */
        public String code() {
            return code;
        }
    }

    public MediaPrice {
        Objects.requireNonNull(usdPerUnit, "usdPerUnit");
        Objects.requireNonNull(unit, "unit");
        if (usdPerUnit.signum() < 0) {
            throw new IllegalArgumentException("prices are never negative");
        }
    }

    public static MediaPrice of(String usdPerUnit, Unit unit) {
        return new MediaPrice(new BigDecimal(usdPerUnit), unit, false);
    }

    /** The price of {@code units} of this (images, seconds, characters or operations), in credits. */
    public Credits costOf(long units) {
        if (units < 0) {
            throw new IllegalArgumentException("units must not be negative");
        }
        return Credits.fromUsd(usdPerUnit.multiply(BigDecimal.valueOf(units)));
    }

    MediaPrice asFallback() {
        return new MediaPrice(usdPerUnit, unit, true);
    }
}
