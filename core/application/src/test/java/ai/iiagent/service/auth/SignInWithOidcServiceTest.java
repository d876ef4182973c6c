package ai.iiagent.service.auth;

import static ai.iiagent.service.auth.LocalAccountsTest.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.users.SignupGate;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.auth.IssuedTokens;
import ai.iiagent.port.in.auth.RegisterLocalAccountCommand;
import ai.iiagent.port.in.auth.SignInWithOidcCommand;
import ai.iiagent.service.users.RegisterUserService;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignInWithOidcServiceTest {

    private final AuthServices auth = new AuthServices();
    private final SignInWithOidcService oidc = new SignInWithOidcService(auth.users,
            new RegisterUserService(auth.users, SignupGate.open(), List.of(), auth.unitOfWork, auth.clock), auth.issuer);

    @Test
    void givenNewVerifiedEmail_whenSignedIn_thenAccountCreatedWithProvider() {
        IssuedTokens tokens = oidc.signIn(new SignInWithOidcCommand("google", "sub-1", "New@Example.org", true, "N", "U"));

        assertThat(tokens.user().email().value()).isEqualTo("new@example.org");
        assertThat(tokens.user().loginProvider()).isEqualTo("google");
        assertThat(tokens.user().role()).isEqualTo(UserRole.ADMIN);
    }

    @Test
    void givenExistingLocalAccount_whenSameEmailSignsInViaProvider_thenSameAccount() {
        IssuedTokens local = auth.register.register(
                new RegisterLocalAccountCommand("ada@example.org", "correct horse", null, null, "203.0.113.1"));

        IssuedTokens viaProvider = oidc.signIn(new SignInWithOidcCommand("google", "sub-2", "ada@example.org", true,
                null, null));

        assertThat(viaProvider.user().id()).isEqualTo(local.user().id());
    }

    @Test
    void givenUnverifiedOrMissingEmail_whenSignedIn_thenRefused() {
        assertThatThrownBy(() -> oidc.signIn(new SignInWithOidcCommand("g", "s", "x@example.org", false, null, null)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("email_not_verified"));
        assertThatThrownBy(() -> oidc.signIn(new SignInWithOidcCommand("g", "s", null, true, null, null)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("email_not_verified"));
    }
}
