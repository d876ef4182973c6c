package ai.iiagent.bootstrap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Stripe ({@code stripe.*}; environment variables keep the original's names: {@code STRIPE_SECRET_KEY},
 * {@code STRIPE_PRICE_PLUS_MONTHLY}, ...). Without a secret key billing is "not configured";
 * without a webhook secret the webhook refuses every event. See docs/api/billing.md.
 */
@ConfigMapping(prefix = "stripe")
public interface StripeConfig {

    Optional<String> secretKey();

    Optional<String> webhookSecret();

    /** Only for a frontend using Stripe.js; hosted Checkout does not need it. */
    Optional<String> publishableKey();

    Optional<String> pricePlusMonthly();

    Optional<String> pricePlusAnnually();

    Optional<String> priceProMonthly();

    Optional<String> priceProAnnually();

    /** Default: the public URL with {@code ?checkout=success}. */
    Optional<String> successUrl();

    /** Default: the public URL with {@code ?checkout=cancelled}. */
    Optional<String> cancelUrl();

    /** Where the billing portal's "back" link goes. Default: the public URL. */
    Optional<String> returnUrl();

    /**
     * Origins (scheme://host[:port]) a caller's {@code returnUrl} may point at, besides the public URL and
     * the configured success/cancel/return URLs ({@code STRIPE_ALLOWED_RETURN_ORIGINS}, comma-separated).
     */
    Optional<List<String>> allowedReturnOrigins();

    /** Tests point this at a stand-in. */
    @WithDefault("https://api.stripe.com")
    String apiBase();

    @WithDefault("2")
    int maxNetworkRetries();

    @WithDefault("0.015")
    BigDecimal topupUsdPerCredit();

    @WithDefault("100")
    long topupMinCredits();

    @WithDefault("100000")
    long topupMaxCredits();
}
