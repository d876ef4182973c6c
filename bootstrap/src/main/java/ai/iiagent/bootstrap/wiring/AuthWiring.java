package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.security.Argon2PasswordHasher;
import ai.iiagent.adapter.security.InProcessAttemptCounter;
import ai.iiagent.adapter.security.InProcessLoginThrottle;
import ai.iiagent.adapter.security.JwtTokenCodec;
import ai.iiagent.adapter.security.RedisAttemptCounter;
import ai.iiagent.adapter.security.RedisLoginThrottle;
import ai.iiagent.adapter.security.SigningKeys;
import ai.iiagent.bootstrap.config.AppConfig;
import ai.iiagent.bootstrap.config.AppSettings;
import ai.iiagent.bootstrap.config.AuthConfig;
import ai.iiagent.domain.auth.AttemptLimit;
import ai.iiagent.adapter.http.auth.oidc.OidcProviders;
import ai.iiagent.port.in.auth.AuthenticateUseCase;
import ai.iiagent.port.in.auth.CreateApiKeyUseCase;
import ai.iiagent.port.in.auth.ListApiKeysUseCase;
import ai.iiagent.port.in.auth.LogInLocallyUseCase;
import ai.iiagent.port.in.auth.LogOutUseCase;
import ai.iiagent.port.in.auth.RefreshTokensUseCase;
import ai.iiagent.port.in.auth.RegisterLocalAccountUseCase;
import ai.iiagent.port.in.auth.RevokeApiKeyUseCase;
import ai.iiagent.port.in.auth.SignInWithOidcUseCase;
import ai.iiagent.port.in.users.RegisterUserUseCase;
import ai.iiagent.port.out.auth.ApiKeyRepository;
import ai.iiagent.port.out.auth.AttemptCounterPort;
import ai.iiagent.port.out.auth.LocalCredentialRepository;
import ai.iiagent.port.out.auth.LoginThrottlePort;
import ai.iiagent.port.out.auth.PasswordHasherPort;
import ai.iiagent.port.out.auth.RefreshTokenRepository;
import ai.iiagent.port.out.auth.TokenCodecPort;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.port.out.users.UserRepository;
import ai.iiagent.service.auth.AuthenticateService;
import ai.iiagent.service.auth.CreateApiKeyService;
import ai.iiagent.service.auth.ListApiKeysService;
import ai.iiagent.service.auth.LogInLocallyService;
import ai.iiagent.service.auth.LogOutService;
import ai.iiagent.service.auth.RefreshTokensService;
import ai.iiagent.service.auth.RegisterLocalAccountService;
import ai.iiagent.service.auth.RevokeApiKeyService;
import ai.iiagent.service.auth.SignInWithOidcService;
import ai.iiagent.service.auth.SignUpLimits;
import ai.iiagent.service.auth.SignUpThrottle;
import ai.iiagent.service.auth.TokenIssuer;
import ai.iiagent.service.auth.TokenLifetimes;
import io.quarkus.redis.datasource.RedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/** The auth feature: its adapters (keys, hashing, throttling) and services. */
@ApplicationScoped
public class AuthWiring {

    @Produces
    @Singleton
    SigningKeys signingKeys(AppConfig config) {
        return SigningKeys.loadOrCreate(Path.of(config.auth().signingKeyDir()
                .filter(dir -> !dir.isBlank()).orElse(config.dataDir() + "/keys")));
    }

    @Produces
    @ApplicationScoped
    TokenCodecPort tokenCodec(SigningKeys keys, AppConfig config) {
        return new JwtTokenCodec(keys, config.auth().issuer());
    }

    @Produces
    @Singleton
    OidcProviders oidcProviders(AppConfig config, SigningKeys keys) {
        Map<String, OidcProviders.Provider> providers = new TreeMap<>();
        config.auth().oidc().forEach((name, provider) -> providers.put(name, new OidcProviders.Provider(name,
                provider.authServerUrl(), provider.clientId(), provider.clientSecret().orElse(null),
                provider.scopes())));
        return new OidcProviders(providers, OidcStateSecret.derivedFrom(keys));
    }

    @Produces
    @ApplicationScoped
    SignInWithOidcUseCase signInWithOidc(UserRepository users, RegisterUserUseCase registerUser, TokenIssuer tokens,
                                         SignUpThrottle signUps) {
        return new SignInWithOidcService(users, registerUser, tokens, signUps);
    }

    @Produces
    @ApplicationScoped
    PasswordHasherPort passwordHasher() {
        return new Argon2PasswordHasher();
    }

    @Produces
    @ApplicationScoped
    LoginThrottlePort loginThrottle(AppConfig config, AppSettings settings, Instance<RedisDataSource> redis) {
        int maxFailures = config.auth().maxFailedLogins();
        Duration window = config.auth().failedLoginWindow();
        // With Redis every node counts the same failures; one node alone counts in memory.
        return settings.redisConfigured() ? new RedisLoginThrottle(redis.get(), maxFailures, window)
                : new InProcessLoginThrottle(maxFailures, window);
    }

    @Produces
    @ApplicationScoped
    AttemptCounterPort attemptCounter(AppSettings settings, Instance<RedisDataSource> redis) {
        // With Redis every node counts the same sign-ups and failures; one node alone counts in memory.
        return settings.redisConfigured() ? new RedisAttemptCounter(redis.get()) : new InProcessAttemptCounter();
    }

    // @Singleton: a final class, not proxyable; local and OIDC sign-ups share it.
    @Produces
    @Singleton
    SignUpThrottle signUpThrottle(AttemptCounterPort attempts, AppConfig config, ClockPort clock) {
        AuthConfig auth = config.auth();
        return new SignUpThrottle(attempts, new SignUpLimits(
                new AttemptLimit(auth.maxSignupsPerAddress(), auth.signupAddressWindow()),
                new AttemptLimit(auth.maxSignups(), auth.signupWindow())), clock);
    }

    // @Singleton: a final class, not proxyable; it holds no per-request state.
    @Produces
    @Singleton
    TokenIssuer tokenIssuer(TokenCodecPort codec, RefreshTokenRepository refreshTokens, AppConfig config,
                            ClockPort clock) {
        return new TokenIssuer(codec, refreshTokens, new TokenLifetimes(config.auth().accessTokenLifetime(),
                config.auth().refreshTokenLifetime()), clock);
    }

    @Produces
    @ApplicationScoped
    RegisterLocalAccountUseCase registerLocalAccount(AppConfig config, RegisterUserUseCase registerUser,
                                                     LocalCredentialRepository credentials, PasswordHasherPort hasher,
                                                     TokenIssuer tokens, UnitOfWork unitOfWork,
                                                     SignUpThrottle signUps) {
        return new RegisterLocalAccountService(config.auth().localRegistrationEnabled(), registerUser, credentials,
                hasher, tokens, unitOfWork, signUps);
    }

    @Produces
    @ApplicationScoped
    LogInLocallyUseCase logInLocally(UserRepository users, LocalCredentialRepository credentials,
                                     PasswordHasherPort hasher, LoginThrottlePort throttle, TokenIssuer tokens,
                                     ClockPort clock, AttemptCounterPort attempts, AppConfig config) {
        AttemptLimit perAddress = new AttemptLimit(config.auth().maxFailedLoginsPerAddress(),
                config.auth().failedLoginAddressWindow());
        return new LogInLocallyService(users, credentials, hasher, throttle, tokens, clock, attempts, perAddress);
    }

    @Produces
    @ApplicationScoped
    RefreshTokensUseCase refreshTokens(TokenCodecPort codec, RefreshTokenRepository refreshTokens,
                                       UserRepository users, TokenIssuer tokens, UnitOfWork unitOfWork,
                                       ClockPort clock) {
        return new RefreshTokensService(codec, refreshTokens, users, tokens, unitOfWork, clock);
    }

    @Produces
    @ApplicationScoped
    LogOutUseCase logOut(TokenCodecPort codec, RefreshTokenRepository refreshTokens, ClockPort clock) {
        return new LogOutService(codec, refreshTokens, clock);
    }

    @Produces
    @ApplicationScoped
    AuthenticateUseCase authenticate(TokenCodecPort codec, ApiKeyRepository apiKeys, UserRepository users,
                                     ClockPort clock) {
        return new AuthenticateService(codec, apiKeys, users, clock);
    }

    @Produces
    @ApplicationScoped
    CreateApiKeyUseCase createApiKey(ApiKeyRepository apiKeys, ClockPort clock) {
        return new CreateApiKeyService(apiKeys, clock);
    }

    @Produces
    @ApplicationScoped
    ListApiKeysUseCase listApiKeys(ApiKeyRepository apiKeys) {
        return new ListApiKeysService(apiKeys);
    }

    @Produces
    @ApplicationScoped
    RevokeApiKeyUseCase revokeApiKey(ApiKeyRepository apiKeys, ClockPort clock) {
        return new RevokeApiKeyService(apiKeys, clock);
    }
}
