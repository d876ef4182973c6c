package ai.iiagent.service.auth;

import ai.iiagent.domain.auth.AttemptLimit;
import ai.iiagent.domain.auth.AuthErrors;
import ai.iiagent.domain.auth.Password;
import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.User;
import ai.iiagent.port.in.auth.IssuedTokens;
import ai.iiagent.port.in.auth.LogInLocallyCommand;
import ai.iiagent.port.in.auth.LogInLocallyUseCase;
import ai.iiagent.port.out.auth.AttemptCounterPort;
import ai.iiagent.port.out.auth.LocalCredentialRepository;
import ai.iiagent.port.out.auth.LoginThrottlePort;
import ai.iiagent.port.out.auth.PasswordHasherPort;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.users.UserRepository;
import java.time.Duration;
import java.util.Optional;

/**
 * E-mail + password sign-in without revealing which part was wrong, throttled per e-mail and client
 * address and per address across e-mails (so one address cannot spray passwords over many accounts).
 */
public final class LogInLocallyService implements LogInLocallyUseCase {

    private final UserRepository users;
    private final LocalCredentialRepository credentials;
    private final PasswordHasherPort hasher;
    private final LoginThrottlePort throttle;
    private final TokenIssuer tokens;
    private final ClockPort clock;
    private final AttemptCounterPort addressFailures;
    private final AttemptLimit addressLimit;
    // Compared against when the e-mail is unknown, so both failures cost the same time.
    private final String decoyHash;

    public LogInLocallyService(UserRepository users, LocalCredentialRepository credentials, PasswordHasherPort hasher,
                               LoginThrottlePort throttle, TokenIssuer tokens, ClockPort clock,
                               AttemptCounterPort addressFailures, AttemptLimit addressLimit) {
        this.users = users;
        this.credentials = credentials;
        this.hasher = hasher;
        this.throttle = throttle;
        this.tokens = tokens;
        this.clock = clock;
        this.addressFailures = addressFailures;
        this.addressLimit = addressLimit;
        this.decoyHash = hasher.hash(Password.attempted("decoy-password-never-matches"));
    }

    @Override
    public IssuedTokens logIn(LogInLocallyCommand command) {
        Email email = Email.of(command.email());
        String throttleKey = email.value() + "|" + command.clientAddress();
        String addressKey = "login_failures:address:" + command.clientAddress();
        refuseIfBlocked(throttle.blockedFor(throttleKey, clock.now()));
        refuseIfBlocked(addressFailures.blockedFor(addressKey, addressLimit, clock.now()));
        Password attempt = Password.attempted(command.password());
        Optional<User> user = users.findByEmail(email).filter(User::isActive);
        String stored = user.flatMap(found -> credentials.findHash(found.id())).orElse(decoyHash);
        boolean matches = hasher.matches(attempt, stored) && user.isPresent() && !stored.equals(decoyHash);
        if (!matches) {
            throttle.recordFailure(throttleKey, clock.now());
            addressFailures.record(addressKey, addressLimit, clock.now());
            throw AuthErrors.invalidCredentials();
        }
        // The address count is not reset: a sprayer must not clear it by signing in to an account of its own.
        throttle.reset(throttleKey);
        return tokens.startSession(user.get());
    }

    private static void refuseIfBlocked(Optional<Duration> wait) {
        if (wait.isPresent()) {
            throw AuthErrors.tooManyLoginAttempts(wait.get());
        }
    }
}
