package ai.iiagent.service.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.RateLimitedException;
import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.EmailAlreadyRegisteredException;
import ai.iiagent.domain.users.SignupGate;
import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.auth.AuthenticateQuery;
import ai.iiagent.port.in.auth.IssuedTokens;
import ai.iiagent.port.in.auth.LogInLocallyCommand;
import ai.iiagent.port.in.auth.RegisterLocalAccountCommand;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocalAccountsTest {

    private final AuthServices auth = new AuthServices();

    @Test
    void givenEmptyInstallation_whenTwoPeopleRegister_thenFirstIsAdminSecondIsUser() {
        IssuedTokens first = register("first@example.org");
        IssuedTokens second = register("second@example.org");

        assertThat(first.user().role()).isEqualTo(UserRole.ADMIN);
        assertThat(second.user().role()).isEqualTo(UserRole.USER);
        assertThat(auth.authenticate.authenticate(new AuthenticateQuery(second.accessToken())).userId())
                .isEqualTo(second.user().id());
        assertThat(first.expiresInSeconds()).isEqualTo(900);
    }

    @Test
    void givenRegisteredEmail_whenRegisteredAgainInOtherCase_thenConflict() {
        register("ada@example.org");

        assertThatThrownBy(() -> register("ADA@example.org")).isInstanceOf(EmailAlreadyRegisteredException.class);
    }

    @Test
    void givenShortPassword_whenRegistering_thenPasswordTooShortAndNoAccount() {
        assertThatThrownBy(() -> auth.register.register(
                new RegisterLocalAccountCommand("short@example.org", "1234567", null, null, "203.0.113.1")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("password_too_short"));
        assertThat(auth.users.existsAny()).isFalse();
    }

    @Test
    void givenRegistrationDisabled_whenRegistering_thenForbidden() {
        AuthServices closed = new AuthServices(false, SignupGate.open(), List.of());

        assertThatThrownBy(() -> closed.register.register(
                new RegisterLocalAccountCommand("a@example.org", "long enough pass", null, null, "203.0.113.1")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("registration_disabled"));
    }

    @Test
    void givenWaitlist_whenOutsiderAndInsiderRegister_thenOnlyInsiderGetsIn() {
        AuthServices gated = new AuthServices(true, new SignupGate(true, Set.of("ii.inc")), List.of());

        assertThatThrownBy(() -> gated.register.register(
                new RegisterLocalAccountCommand("x@gmail.com", "long enough pass", null, null, "203.0.113.1")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("not_on_waitlist"));
        assertThat(gated.register.register(
                new RegisterLocalAccountCommand("x@II.inc", "long enough pass", null, null, "203.0.113.1")).user()).isNotNull();
    }

    @Test
    void givenNewUserHook_whenRegistering_thenHookSeesTheNewUser() {
        List<User> seen = new ArrayList<>();
        AuthServices hooked = new AuthServices(true, SignupGate.open(), List.of(seen::add));

        IssuedTokens tokens = hooked.register.register(
                new RegisterLocalAccountCommand("hooked@example.org", "long enough pass", "Ho", "Oked", "203.0.113.1"));

        assertThat(seen).containsExactly(tokens.user());
    }

    @Test
    void givenAccount_whenLoggingInWithRightPassword_thenSignedIn() {
        register("ada@example.org");

        IssuedTokens tokens = auth.logIn.logIn(new LogInLocallyCommand(" Ada@Example.org ", "correct horse", "1.2.3.4"));

        assertThat(tokens.user().email()).isEqualTo(Email.of("ada@example.org"));
    }

    @Test
    void givenWrongPasswordOrUnknownEmail_whenLoggingIn_thenSameInvalidCredentials() {
        register("ada@example.org");

        assertThatThrownBy(() -> auth.logIn.logIn(new LogInLocallyCommand("ada@example.org", "wrong", "ip")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("invalid_credentials"));
        assertThatThrownBy(() -> auth.logIn.logIn(new LogInLocallyCommand("nobody@example.org", "wrong", "ip")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("invalid_credentials"));
    }

    @Test
    void givenFiveFailures_whenTryingAgain_thenRateLimitedEvenWithRightPassword_andFreeAfterWindow() {
        register("ada@example.org");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> auth.logIn.logIn(new LogInLocallyCommand("ada@example.org", "wrong", "ip")))
                    .satisfies(e -> assertThat(code(e)).isEqualTo("invalid_credentials"));
        }

        assertThatThrownBy(() -> auth.logIn.logIn(new LogInLocallyCommand("ada@example.org", "correct horse", "ip")))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));
        assertThat(auth.logIn.logIn(new LogInLocallyCommand("ada@example.org", "correct horse", "other-ip"))).isNotNull();

        auth.clock.advance(Duration.ofMinutes(16));
        assertThat(auth.logIn.logIn(new LogInLocallyCommand("ada@example.org", "correct horse", "ip"))).isNotNull();
    }

    private IssuedTokens register(String email) {
        return auth.register.register(new RegisterLocalAccountCommand(email, "correct horse", "Ada", null, "203.0.113.1"));
    }

    static String code(Throwable error) {
        return ((DomainException) error).code().value();
    }
}
