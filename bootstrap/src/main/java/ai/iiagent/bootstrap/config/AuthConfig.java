package ai.iiagent.bootstrap.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code app.auth.*}: token lifetimes and keys, local accounts, waitlist, sign-in throttling. */
public interface AuthConfig {

    /** The {@code iss} of our tokens; nodes of one deployment share it. */
    @WithDefault("ii-agent")
    String issuer();

    @WithDefault("PT15M")
    Duration accessTokenLifetime();

    @WithDefault("P7D")
    Duration refreshTokenLifetime();

    /** Where jwt-private.pem / jwt-public.pem live (generated when absent); default {@code <data-dir>/keys}. */
    Optional<String> signingKeyDir();

    /** Whether POST /auth/local/register accepts new accounts. */
    @WithDefault("true")
    boolean localRegistrationEnabled();

    @WithDefault("false")
    boolean waitlistEnabled();

    /** E-mail domains that may sign up while the waitlist is on. */
    Optional<List<String>> waitlistAllowedDomains();

    @WithDefault("5")
    int maxFailedLogins();

    @WithDefault("PT15M")
    Duration failedLoginWindow();
}
