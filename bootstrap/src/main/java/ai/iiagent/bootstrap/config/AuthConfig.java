package ai.iiagent.bootstrap.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

    /** "Sign in with ..." providers by name ({@code app.auth.oidc.<name>.*}); none configured = OIDC off. */
    Map<String, OidcProviderConfig> oidc();

    @WithDefault("5")
    int maxFailedLogins();

    @WithDefault("PT15M")
    Duration failedLoginWindow();

    /** Failed sign-ins from one client address, whatever the e-mail, before it must wait. */
    @WithDefault("20")
    int maxFailedLoginsPerAddress();

    @WithDefault("PT15M")
    Duration failedLoginAddressWindow();

    /** Sign-up attempts from one client address per {@link #signupAddressWindow()}. */
    @WithDefault("5")
    int maxSignupsPerAddress();

    @WithDefault("PT1H")
    Duration signupAddressWindow();

    /** Sign-up attempts from everyone together (all nodes with Redis) per {@link #signupWindow()}. */
    @WithDefault("200")
    int maxSignups();

    @WithDefault("PT1H")
    Duration signupWindow();

    /** One OpenID Connect provider registration. */
    interface OidcProviderConfig {

        /** Issuer URL; {@code /.well-known/openid-configuration} is read from it. */
        String authServerUrl();

        String clientId();

        Optional<String> clientSecret();

        @WithDefault("openid,email,profile")
        List<String> scopes();
    }
}
