package ai.iiagent.service.auth;

import ai.iiagent.domain.auth.AuthErrors;
import ai.iiagent.domain.auth.Password;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.RateLimitedException;
import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.User;
import ai.iiagent.port.in.auth.IssuedTokens;
import ai.iiagent.port.in.auth.LogInLocallyCommand;
import ai.iiagent.port.in.auth.LogInLocallyUseCase;
import ai.iiagent.port.out.auth.LocalCredentialRepository;
import ai.iiagent.port.out.auth.LoginThrottlePort;
import ai.iiagent.port.out.auth.PasswordHasherPort;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.users.UserRepository;
import java.time.Duration;
import java.util.Optional;

/** E-mail + password sign-in, throttled per e-mail and client address, without revealing which part was wrong. */
public final class LogInLocallyService implements LogInLocallyUseCase {

    private final UserRepository users;
    private final LocalCredentialRepository credentials;
    private final PasswordHasherPort hasher;
    private final LoginThrottlePort throttle;
    private final TokenIssuer tokens;
    private final ClockPort clock;
    // Compared against when the e-mail is unknown, so both failures cost the same time.
    private final String decoyHash;

    public LogInLocallyService(UserRepository users, LocalCredentialRepository credentials, PasswordHasherPort hasher,
                               LoginThrottlePort throttle, TokenIssuer tokens, ClockPort clock) {
        this.users = users;
        this.credentials = credentials;
        this.hasher = hasher;
        this.throttle = throttle;
        this.tokens = tokens;
        this.clock = clock;
        this.decoyHash = hasher.hash(Password.attempted("decoy-password-never-matches"));
    }

    @Override
    public IssuedTokens logIn(LogInLocallyCommand command) {
        Email email = Email.of(command.email());
        String throttleKey = email.value() + "|" + command.clientAddress();
        Optional<Duration> wait = throttle.blockedFor(throttleKey, clock.now());
        if (wait.isPresent()) {
            throw new RateLimitedException(ErrorCode.of("too_many_login_attempts"),
                    "too many failed sign-ins; try again later", wait.get());
        }
        Password attempt = Password.attempted(command.password());
        Optional<User> user = users.findByEmail(email).filter(User::isActive);
        String stored = user.flatMap(found -> credentials.findHash(found.id())).orElse(decoyHash);
        boolean matches = hasher.matches(attempt, stored) && user.isPresent() && !stored.equals(decoyHash);
        if (!matches) {
            throttle.recordFailure(throttleKey, clock.now());
            throw AuthErrors.invalidCredentials();
        }
        throttle.reset(throttleKey);
        return tokens.startSession(user.get());
    }
}
