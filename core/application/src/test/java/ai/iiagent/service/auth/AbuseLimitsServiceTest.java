package ai.iiagent.service.auth;

import static ai.iiagent.service.auth.LocalAccountsTest.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.auth.AttemptLimit;
import ai.iiagent.domain.shared.RateLimitedException;
import ai.iiagent.domain.users.Email;
import ai.iiagent.port.in.auth.IssuedTokens;
import ai.iiagent.port.in.auth.LogInLocallyCommand;
import ai.iiagent.port.in.auth.RegisterLocalAccountCommand;
import ai.iiagent.port.in.auth.SignInWithOidcCommand;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AbuseLimitsServiceTest {

    private final AuthServices auth = new AuthServices(new SignUpLimits(new AttemptLimit(2, Duration.ofHours(1)),
            new AttemptLimit(3, Duration.ofHours(1))), new AttemptLimit(3, Duration.ofMinutes(15)));

    @Test
    void givenTwoSignUpsFromAnAddress_whenAThirdComes_thenTooManySignUpsUntilTheWindowPasses() {
        register("a1@example.org", "203.0.113.1");
        register("a2@example.org", "203.0.113.1");

        assertThatThrownBy(() -> register("a3@example.org", "203.0.113.1"))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(code(e)).isEqualTo("too_many_signups");
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1));
                });
        assertThat(auth.users.findByEmail(Email.of("a3@example.org"))).isEmpty();

        auth.clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(register("a3@example.org", "203.0.113.1").user()).isNotNull();
    }

    @Test
    void givenTheOverallLimitReached_whenANewAddressSignsUp_thenTooManySignUps() {
        register("b1@example.org", "203.0.113.1");
        register("b2@example.org", "203.0.113.2");
        register("b3@example.org", "203.0.113.3");

        assertThatThrownBy(() -> register("b4@example.org", "203.0.113.4"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("too_many_signups"));
    }

    @Test
    void givenFailuresOverManyEmailsFromOneAddress_whenOverTheLimit_thenRefusedThere_andASuccessDoesNotClearIt() {
        register("own@example.org", "203.0.113.9");
        for (int i = 0; i < 2; i++) {
            int n = i;
            assertThatThrownBy(() -> logIn("victim" + n + "@example.org", "guess", "198.51.100.7"))
                    .satisfies(e -> assertThat(code(e)).isEqualTo("invalid_credentials"));
        }
        // Under the limit a right password still signs in, and that does not reset the address's count.
        assertThat(logIn("own@example.org", "correct horse", "198.51.100.7")).isNotNull();
        assertThatThrownBy(() -> logIn("victim9@example.org", "guess", "198.51.100.7"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("invalid_credentials"));

        assertThatThrownBy(() -> logIn("own@example.org", "correct horse", "198.51.100.7"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("too_many_login_attempts"));
        assertThat(logIn("own@example.org", "correct horse", "198.51.100.8")).isNotNull();
    }

    @Test
    void givenTheAddressLimitReached_whenANewPersonSignsInWithAProvider_thenRefused_butKnownAccountsStillSignIn() {
        register("c1@example.org", "203.0.113.5");
        assertThat(oidc("known@example.org", "203.0.113.5").user()).isNotNull();

        assertThatThrownBy(() -> oidc("new@example.org", "203.0.113.5"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("too_many_signups"));
        assertThat(oidc("known@example.org", "203.0.113.5").user()).isNotNull();
    }

    private IssuedTokens oidc(String email, String address) {
        return auth.oidc.signIn(new SignInWithOidcCommand("google", "sub-" + email, email, true, null, null, address));
    }

    private IssuedTokens register(String email, String address) {
        return auth.register.register(new RegisterLocalAccountCommand(email, "correct horse", null, null, address));
    }

    private IssuedTokens logIn(String email, String password, String address) {
        return auth.logIn.logIn(new LogInLocallyCommand(email, password, address));
    }
}
