package ai.iiagent.service.auth;

import static ai.iiagent.service.auth.LocalAccountsTest.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.auth.ApiKeyId;
import ai.iiagent.domain.auth.ApiKeyNotFoundException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.User;
import ai.iiagent.port.in.auth.AuthenticateQuery;
import ai.iiagent.port.in.auth.CreateApiKeyCommand;
import ai.iiagent.port.in.auth.CreatedApiKey;
import ai.iiagent.port.in.auth.IssuedTokens;
import ai.iiagent.port.in.auth.ListApiKeysQuery;
import ai.iiagent.port.in.auth.LogOutCommand;
import ai.iiagent.port.in.auth.RefreshTokensCommand;
import ai.iiagent.port.in.auth.RegisterLocalAccountCommand;
import ai.iiagent.port.in.auth.RevokeApiKeyCommand;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenLifecycleTest {

    private final AuthServices auth = new AuthServices();
    private final IssuedTokens signIn = auth.register.register(
            new RegisterLocalAccountCommand("ada@example.org", "correct horse", null, null, "203.0.113.1"));

    @Test
    void givenRefreshToken_whenExchanged_thenNewPairThatWorks() {
        IssuedTokens rotated = auth.refresh.refresh(new RefreshTokensCommand(signIn.refreshToken()));

        assertThat(rotated.refreshToken()).isNotEqualTo(signIn.refreshToken());
        assertThat(identity(rotated.accessToken()).userId()).isEqualTo(signIn.user().id());
        assertThat(auth.refresh.refresh(new RefreshTokensCommand(rotated.refreshToken()))).isNotNull();
    }

    @Test
    void givenRotatedToken_whenOldOneReused_thenReuseDetectedAndWholeFamilyRevoked() {
        IssuedTokens rotated = auth.refresh.refresh(new RefreshTokensCommand(signIn.refreshToken()));

        assertThatThrownBy(() -> auth.refresh.refresh(new RefreshTokensCommand(signIn.refreshToken())))
                .satisfies(e -> assertThat(code(e)).isEqualTo("refresh_token_reused"));
        assertThatThrownBy(() -> auth.refresh.refresh(new RefreshTokensCommand(rotated.refreshToken())))
                .satisfies(e -> assertThat(code(e)).isEqualTo("auth_error"));
    }

    @Test
    void givenSevenDaysPassed_whenRefreshing_thenSessionExpired() {
        auth.clock.advance(Duration.ofDays(7));

        assertThatThrownBy(() -> auth.refresh.refresh(new RefreshTokensCommand(signIn.refreshToken())))
                .satisfies(e -> assertThat(code(e)).isEqualTo("session_expired"));
    }

    @Test
    void givenAccessToken_whenUsedAsRefreshToken_thenAuthError_andTheReverseToo() {
        assertThatThrownBy(() -> auth.refresh.refresh(new RefreshTokensCommand(signIn.accessToken())))
                .satisfies(e -> assertThat(code(e)).isEqualTo("auth_error"));
        assertThatThrownBy(() -> identity(signIn.refreshToken()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("auth_error"));
    }

    @Test
    void givenLoggedOut_whenRefreshing_thenAuthError() {
        auth.logOut.logOut(new LogOutCommand(signIn.refreshToken()));

        assertThatThrownBy(() -> auth.refresh.refresh(new RefreshTokensCommand(signIn.refreshToken())))
                .satisfies(e -> assertThat(code(e)).isEqualTo("auth_error"));
    }

    @Test
    void givenFifteenMinutesPassed_whenAccessTokenUsed_thenSessionExpired() {
        auth.clock.advance(Duration.ofMinutes(15));

        assertThatThrownBy(() -> identity(signIn.accessToken()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("session_expired"));
    }

    @Test
    void givenDeactivatedAccount_whenAnyCredentialUsed_thenRejected() {
        CreatedApiKey key = createKey("ci");
        User user = auth.users.findById(signIn.user().id()).orElseThrow();
        auth.users.save(user.deactivated(auth.clock.now()));

        assertThatThrownBy(() -> identity(signIn.accessToken())).satisfies(e -> assertThat(code(e)).isEqualTo("auth_error"));
        assertThatThrownBy(() -> identity(key.secret())).satisfies(e -> assertThat(code(e)).isEqualTo("auth_error"));
        assertThatThrownBy(() -> auth.refresh.refresh(new RefreshTokensCommand(signIn.refreshToken())))
                .satisfies(e -> assertThat(code(e)).isEqualTo("auth_error"));
    }

    @Test
    void givenApiKey_whenUsedAsBearer_thenIdentityAndLastUseRecorded_untilRevoked() {
        CreatedApiKey key = createKey("laptop");

        assertThat(identity(key.secret()).userId()).isEqualTo(signIn.user().id());
        assertThat(auth.apiKeys.findById(key.key().id()).orElseThrow().lastUsedAt()).isEqualTo(auth.clock.now());

        new RevokeApiKeyService(auth.apiKeys, auth.clock).revoke(new RevokeApiKeyCommand(owner(), key.key().id()));

        assertThatThrownBy(() -> identity(key.secret())).satisfies(e -> assertThat(code(e)).isEqualTo("auth_error"));
        assertThat(new ListApiKeysService(auth.apiKeys).list(new ListApiKeysQuery(owner()))).isEmpty();
    }

    @Test
    void givenSomeoneElsesKey_whenRevoking_thenNotFound() {
        CreatedApiKey key = createKey("mine");
        IssuedTokens other = auth.register.register(
                new RegisterLocalAccountCommand("eve@example.org", "correct horse", null, null, "203.0.113.1"));
        Identity eve = new Identity(other.user().id(), other.user().role());

        assertThatThrownBy(() -> new RevokeApiKeyService(auth.apiKeys, auth.clock)
                .revoke(new RevokeApiKeyCommand(eve, key.key().id()))).isInstanceOf(ApiKeyNotFoundException.class);
        assertThatThrownBy(() -> new RevokeApiKeyService(auth.apiKeys, auth.clock)
                .revoke(new RevokeApiKeyCommand(eve, ApiKeyId.random()))).isInstanceOf(ApiKeyNotFoundException.class);
        assertThat(identity(key.secret()).userId()).isEqualTo(signIn.user().id());
    }

    @Test
    void givenGarbageOrBlankBearer_whenAuthenticating_thenAuthError() {
        assertThatThrownBy(() -> identity("garbage")).satisfies(e -> assertThat(code(e)).isEqualTo("auth_error"));
        assertThatThrownBy(() -> identity(" ")).satisfies(e -> assertThat(code(e)).isEqualTo("auth_error"));
        assertThatThrownBy(() -> identity("ii_unknownkey")).satisfies(e -> assertThat(code(e)).isEqualTo("auth_error"));
    }

    private CreatedApiKey createKey(String name) {
        return new CreateApiKeyService(auth.apiKeys, auth.clock).create(new CreateApiKeyCommand(owner(), name));
    }

    private Identity owner() {
        return new Identity(signIn.user().id(), signIn.user().role());
    }

    private Identity identity(String bearer) {
        return auth.authenticate.authenticate(new AuthenticateQuery(bearer));
    }
}
