package ai.iiagent.service.auth;

import ai.iiagent.domain.auth.AttemptLimit;
import ai.iiagent.domain.users.SignupGate;
import ai.iiagent.port.out.auth.FakePasswordHasher;
import ai.iiagent.port.out.auth.InMemoryAttemptCounter;
import ai.iiagent.port.out.auth.FakeTokenCodec;
import ai.iiagent.port.out.auth.InMemoryApiKeyRepository;
import ai.iiagent.port.out.auth.InMemoryLocalCredentialRepository;
import ai.iiagent.port.out.auth.InMemoryLoginThrottle;
import ai.iiagent.port.out.auth.InMemoryRefreshTokenRepository;
import ai.iiagent.port.out.clock.MutableClock;
import ai.iiagent.port.out.tx.DirectUnitOfWork;
import ai.iiagent.port.out.users.InMemoryUserRepository;
import ai.iiagent.port.out.users.NewUserHook;
import ai.iiagent.service.users.RegisterUserService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The auth services wired on in-memory fakes, as bootstrap wires them on real adapters. */
final class AuthServices {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    final InMemoryUserRepository users = new InMemoryUserRepository();
    final InMemoryLocalCredentialRepository credentials = new InMemoryLocalCredentialRepository();
    final InMemoryRefreshTokenRepository refreshTokens = new InMemoryRefreshTokenRepository();
    final InMemoryApiKeyRepository apiKeys = new InMemoryApiKeyRepository();
    final FakeTokenCodec codec = new FakeTokenCodec(clock);
    final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    final TokenIssuer issuer = new TokenIssuer(codec, refreshTokens,
            new TokenLifetimes(Duration.ofMinutes(15), Duration.ofDays(7)), clock);

    final InMemoryAttemptCounter attempts = new InMemoryAttemptCounter();
    final RegisterLocalAccountService register;
    final LogInLocallyService logIn;
    final RefreshTokensService refresh;
    final LogOutService logOut;
    final AuthenticateService authenticate;
    final SignInWithOidcService oidc;

    AuthServices(boolean registrationEnabled, SignupGate gate, List<NewUserHook> hooks) {
        this(registrationEnabled, gate, hooks, new SignUpLimits(new AttemptLimit(100, Duration.ofHours(1)),
                new AttemptLimit(1000, Duration.ofHours(1))), new AttemptLimit(100, Duration.ofMinutes(15)));
    }

    AuthServices(SignUpLimits signUpLimits, AttemptLimit loginFailuresPerAddress) {
        this(true, SignupGate.open(), List.of(), signUpLimits, loginFailuresPerAddress);
    }

    private AuthServices(boolean registrationEnabled, SignupGate gate, List<NewUserHook> hooks,
                         SignUpLimits signUpLimits, AttemptLimit loginFailuresPerAddress) {
        FakePasswordHasher hasher = new FakePasswordHasher();
        RegisterUserService registerUser = new RegisterUserService(users, gate, hooks, unitOfWork, clock);
        SignUpThrottle signUps = new SignUpThrottle(attempts, signUpLimits, clock);
        register = new RegisterLocalAccountService(registrationEnabled, registerUser, credentials, hasher, issuer,
                unitOfWork, signUps);
        oidc = new SignInWithOidcService(users, registerUser, issuer, signUps);
        logIn = new LogInLocallyService(users, credentials, hasher, new InMemoryLoginThrottle(5, Duration.ofMinutes(15)),
                issuer, clock, attempts, loginFailuresPerAddress);
        refresh = new RefreshTokensService(codec, refreshTokens, users, issuer, unitOfWork, clock);
        logOut = new LogOutService(codec, refreshTokens, clock);
        authenticate = new AuthenticateService(codec, apiKeys, users, clock);
    }

    AuthServices() {
        this(true, SignupGate.open(), List.of());
    }
}
