package ai.iiagent.service.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.integrations.Connector;
import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.integrations.ConnectorTokens;
import ai.iiagent.domain.integrations.OAuthState;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.integrations.AuthorizationLink;
import ai.iiagent.port.in.integrations.CompleteConnectorAuthorizationCommand;
import ai.iiagent.port.in.integrations.DisconnectConnectorCommand;
import ai.iiagent.port.in.integrations.StartConnectorAuthorizationCommand;
import ai.iiagent.port.out.integrations.ConnectorRepository;
import ai.iiagent.port.out.integrations.OAuthProviderPort;
import ai.iiagent.port.out.integrations.OAuthStateRepository;
import ai.iiagent.port.out.secrets.FakeSecretCipher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The connector services on in-memory stores and a scripted provider, with a clock the tests move. */
class ConnectorAuthorizationServicesTest {

    private final Identity alice = new Identity(new UserId(UUID.randomUUID()), UserRole.USER);
    private final FakeSecretCipher cipher = new FakeSecretCipher();
    private final Instant[] now = {Instant.parse("2026-12-06T10:00:00Z")};
    private final ScriptedProvider provider = new ScriptedProvider();
    private final MemoryStates states = new MemoryStates();
    private final MemoryConnectors connectors = new MemoryConnectors();
    private final OAuthProviders providers = new OAuthProviders(List.of(provider));
    private final StartConnectorAuthorizationService start =
            new StartConnectorAuthorizationService(providers, states, cipher, () -> now[0]);
    private final CompleteConnectorAuthorizationService complete =
            new CompleteConnectorAuthorizationService(providers, states, connectors, cipher, () -> now[0]);
    private final ConnectorTokenAccess access = new ConnectorTokenAccess(providers, connectors, cipher, () -> now[0]);

    @Test
    void givenStateOlderThanTenMinutes_whenCallback_thenExpiredAndNoExchange() {
        AuthorizationLink link = start.start(new StartConnectorAuthorizationCommand(alice, ConnectorProvider.GITHUB));
        now[0] = now[0].plus(Duration.ofMinutes(10));

        assertThatThrownBy(() -> complete.complete(callback(link.state())))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code().value())
                .isEqualTo(ConnectorErrors.STATE_EXPIRED);
        assertThat(provider.exchanges).isZero();
    }

    @Test
    void givenStateStored_thenOnlyItsHashAndTheSealedVerifierAreKept() {
        AuthorizationLink link = start.start(new StartConnectorAuthorizationCommand(alice, ConnectorProvider.GITHUB));

        OAuthState stored = states.byHash.values().iterator().next();
        assertThat(stored.stateHash()).isNotEqualTo(link.state()).isEqualTo(OAuthValues.hash(link.state()));
        assertThat(stored.codeVerifier()).isNotNull();
        assertThat(OAuthValues.challenge(cipher.decryptText(stored.codeVerifier()))).isEqualTo(provider.lastChallenge);
    }

    @Test
    void givenRefreshRefused_whenTokenNeeded_thenConnectionForgottenAndReconnectAsked() {
        complete.complete(callback(start.start(new StartConnectorAuthorizationCommand(alice, ConnectorProvider.GITHUB)).state()));
        now[0] = now[0].plus(Duration.ofHours(8));
        provider.refuseRefresh = true;

        assertThatThrownBy(() -> access.accessToken(alice.userId(), ConnectorProvider.GITHUB))
                .extracting(e -> ((DomainException) e).code().value()).isEqualTo(ConnectorErrors.AUTHORIZATION_EXPIRED);
        assertThat(connectors.find(alice.userId(), ConnectorProvider.GITHUB)).isEmpty();
    }

    @Test
    void givenFreshToken_whenTokenNeeded_thenNoRefresh_andNearExpiry_thenRefreshedAndStoredSealed() {
        complete.complete(callback(start.start(new StartConnectorAuthorizationCommand(alice, ConnectorProvider.GITHUB)).state()));

        assertThat(access.accessToken(alice.userId(), ConnectorProvider.GITHUB)).isEqualTo("access-1");
        now[0] = now[0].plus(Duration.ofHours(8)).minus(Duration.ofMinutes(4));
        assertThat(access.accessToken(alice.userId(), ConnectorProvider.GITHUB)).isEqualTo("access-2");

        Connector stored = connectors.find(alice.userId(), ConnectorProvider.GITHUB).orElseThrow();
        assertThat(stored.accessToken().payload()).doesNotContain("access-2");
        assertThat(cipher.decryptText(stored.refreshToken())).isEqualTo("refresh-2");
    }

    @Test
    void givenProviderDown_whenDisconnect_thenForgottenAnyway() {
        complete.complete(callback(start.start(new StartConnectorAuthorizationCommand(alice, ConnectorProvider.GITHUB)).state()));
        provider.revokeFails = true;

        new DisconnectConnectorService(providers, connectors, cipher)
                .disconnect(new DisconnectConnectorCommand(alice, ConnectorProvider.GITHUB));

        assertThat(provider.revocations).isEqualTo(1);
        assertThat(connectors.find(alice.userId(), ConnectorProvider.GITHUB)).isEmpty();
    }

    private CompleteConnectorAuthorizationCommand callback(String state) {
        return new CompleteConnectorAuthorizationCommand(alice, ConnectorProvider.GITHUB, "code", state);
    }

    private final class ScriptedProvider implements OAuthProviderPort {
        int exchanges;
        int refreshes;
        int revocations;
        boolean refuseRefresh;
        boolean revokeFails;
        String lastChallenge;

        @Override
        public ConnectorProvider provider() {
            return ConnectorProvider.GITHUB;
        }

        @Override
        public boolean configured() {
            return true;
        }

        @Override
        public boolean supportsPkce() {
            return true;
        }

        @Override
        public String redirectUri() {
            return "https://agent.example/connectors/github/callback";
        }

        @Override
        public String authorizationUrl(String state, String codeChallenge) {
            lastChallenge = codeChallenge;
            return "https://github.example/authorize?state=" + state;
        }

        @Override
        public ConnectorTokens exchangeCode(String code, String codeVerifier) {
            exchanges++;
            return new ConnectorTokens("access-1", "refresh-1", now[0].plus(Duration.ofHours(8)), "repo");
        }

        @Override
        public ConnectorTokens refresh(String refreshToken) {
            if (refuseRefresh) {
                throw ConnectorErrors.authorizationExpired(ConnectorProvider.GITHUB);
            }
            refreshes++;
            return new ConnectorTokens("access-2", "refresh-2", now[0].plus(Duration.ofHours(8)), null);
        }

        @Override
        public void revoke(ConnectorTokens tokens) {
            revocations++;
            if (revokeFails) {
                throw ConnectorErrors.upstream("down");
            }
        }

        @Override
        public String accountName(String accessToken) {
            return "octocat";
        }
    }

    private static final class MemoryStates implements OAuthStateRepository {
        final Map<String, OAuthState> byHash = new HashMap<>();

        @Override
        public void save(OAuthState state) {
            byHash.put(state.stateHash(), state);
        }

        @Override
        public Optional<OAuthState> find(String stateHash) {
            return Optional.ofNullable(byHash.get(stateHash));
        }

        @Override
        public boolean markUsed(String stateHash, Instant at) {
            OAuthState state = byHash.get(stateHash);
            if (state == null || state.usedAt() != null) {
                return false;
            }
            byHash.put(stateHash, new OAuthState(state.stateHash(), state.owner(), state.provider(), state.codeVerifier(),
                    state.redirectUri(), state.createdAt(), state.expiresAt(), at));
            return true;
        }

        @Override
        public int deleteExpired(Instant before) {
            List<String> gone = new ArrayList<>();
            byHash.forEach((hash, state) -> {
                if (state.expiresAt().isBefore(before)) {
                    gone.add(hash);
                }
            });
            gone.forEach(byHash::remove);
            return gone.size();
        }
    }

    private static final class MemoryConnectors implements ConnectorRepository {
        final Map<String, Connector> byKey = new HashMap<>();

        @Override
        public void save(Connector connector) {
            byKey.put(connector.owner().value() + connector.provider().code(), connector);
        }

        @Override
        public Optional<Connector> find(UserId owner, ConnectorProvider provider) {
            return Optional.ofNullable(byKey.get(owner.value() + provider.code()));
        }

        @Override
        public boolean delete(UserId owner, ConnectorProvider provider) {
            return byKey.remove(owner.value() + provider.code()) != null;
        }
    }
}
