package ai.iiagent.bootstrap.config;

import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/** {@code app.credits.*}: signup grant, the expiry job and price overrides (docs/api/credits.md). */
public interface CreditsConfig {

    /** Regular credits every new account starts with ({@code CREDITS_DEFAULT_USER_CREDITS}). */
    @WithDefault("300")
    BigDecimal signupCredits();

    /** Bonus credits every new account starts with ({@code CREDITS_SIGNUP_BONUS_CREDITS}). */
    @WithDefault("0")
    BigDecimal signupBonusCredits();

    /** How often held reservations past their 30 minutes are returned. */
    @WithDefault("PT1M")
    Duration expiryInterval();

    /**
     * Per-model prices overriding the built-in table, {@code model=in/out/cacheWrite/cacheRead} in USD
     * per million tokens, comma-separated ({@code APP_MODEL_PRICES}).
     */
    Optional<String> priceOverrides();
}
