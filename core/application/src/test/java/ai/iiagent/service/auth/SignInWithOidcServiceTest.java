package ai.iiagent.service.auth;

import static ai.iiagent.service.auth.LocalAccountsTest.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.auth.IssuedTokens;
import ai.iiagent.port.in.auth.RegisterLocalAccountCommand;
import ai.iiagent.port.in.auth.SignInWithOidcCommand;
import org.junit.jupiter.api.Test;

class SignInWithOidcServiceTest {

    private final AuthServices auth = new AuthServices();
    private final SignInWithOidcService oidc = auth.oidc;

    @Test
    void givenNewVerifiedEmail_whenSignedIn_thenAccountCreatedWithProvider() {
        IssuedTokens tokens = oidc.signIn(new SignInWithOidcCommand("google", "sub-1", "New@Example.org", true, "N", "U",
                "203.0.113.1"));

        assertThat(tokens.user().email().value()).isEqualTo("new@example.org");
        assertThat(tokens.user().loginProvider()).isEqualTo("google");
        assertThat(tokens.user().role()).isEqualTo(UserRole.ADMIN);
    }

    @Test
    void givenExistingLocalAccount_whenSameEmailSignsInViaProvider_thenSameAccount() {
        IssuedTokens local = auth.register.register(
                new RegisterLocalAccountCommand("ada@example.org", "correct horse", null, null, "203.0.113.1"));

        IssuedTokens viaProvider = oidc.signIn(new SignInWithOidcCommand("google", "sub-2", "ada@example.org", true,
                null, null, "203.0.113.1"));

        assertThat(viaProvider.user().id()).isEqualTo(local.user().id());
    }

    @Test
    void givenUnverifiedOrMissingEmail_whenSignedIn_thenRefused() {
        assertThatThrownBy(() -> oidc.signIn(new SignInWithOidcCommand("g", "s", "x@example.org", false, null, null,
                "203.0.113.1")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("email_not_verified"));
        assertThatThrownBy(() -> oidc.signIn(new SignInWithOidcCommand("g", "s", null, true, null, null, "203.0.113.1")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("email_not_verified"));
    }
}
