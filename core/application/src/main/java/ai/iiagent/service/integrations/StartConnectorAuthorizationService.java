package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.OAuthState;
import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.port.in.integrations.AuthorizationLink;
import ai.iiagent.port.in.integrations.StartConnectorAuthorizationCommand;
import ai.iiagent.port.in.integrations.StartConnectorAuthorizationUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.integrations.OAuthProviderPort;
import ai.iiagent.port.out.integrations.OAuthStateRepository;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import java.time.Duration;
import java.time.Instant;

/** Stores a fresh state (hashed) bound to the caller with a sealed PKCE verifier, and builds the provider's URL. */
public final class StartConnectorAuthorizationService implements StartConnectorAuthorizationUseCase {

    /** How long a user has to grant access at the provider. */
    static final Duration STATE_TTL = Duration.ofMinutes(10);

    private final OAuthProviders providers;
    private final OAuthStateRepository states;
    private final SecretCipherPort cipher;
    private final ClockPort clock;

    public StartConnectorAuthorizationService(OAuthProviders providers, OAuthStateRepository states,
                                              SecretCipherPort cipher, ClockPort clock) {
        this.providers = providers;
        this.states = states;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public AuthorizationLink start(StartConnectorAuthorizationCommand command) {
        OAuthProviderPort provider = providers.require(command.provider());
        String state = OAuthValues.random();
        String verifier = provider.supportsPkce() ? OAuthValues.random() : null;
        EncryptedSecret sealedVerifier = verifier == null ? null : cipher.encryptText(verifier);
        Instant now = clock.now();
        Instant expires = now.plus(STATE_TTL);
        states.deleteExpired(now);
        states.save(new OAuthState(OAuthValues.hash(state), command.caller().userId(), command.provider(), sealedVerifier,
                provider.redirectUri(), now, expires, null));
        String url = provider.authorizationUrl(state, verifier == null ? null : OAuthValues.challenge(verifier));
        return new AuthorizationLink(url, state, expires);
    }
}
