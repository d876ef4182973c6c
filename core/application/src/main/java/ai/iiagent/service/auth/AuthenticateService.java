package ai.iiagent.service.auth;

import ai.iiagent.domain.auth.AccessGrant;
import ai.iiagent.domain.auth.ApiKey;
import ai.iiagent.domain.auth.ApiKeySecret;
import ai.iiagent.domain.auth.AuthErrors;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.auth.AuthenticateQuery;
import ai.iiagent.port.in.auth.AuthenticateUseCase;
import ai.iiagent.port.out.auth.ApiKeyRepository;
import ai.iiagent.port.out.auth.TokenCodecPort;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.users.UserRepository;

/**
 * Bearer credential to identity. The account is loaded on every call, so deactivation and role
 * changes apply to the very next request, whatever tokens are still in circulation.
 */
public final class AuthenticateService implements AuthenticateUseCase {

    private final TokenCodecPort codec;
    private final ApiKeyRepository apiKeys;
    private final UserRepository users;
    private final ClockPort clock;

    public AuthenticateService(TokenCodecPort codec, ApiKeyRepository apiKeys, UserRepository users, ClockPort clock) {
        this.codec = codec;
        this.apiKeys = apiKeys;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Identity authenticate(AuthenticateQuery query) {
        String credential = query.bearerCredential();
        if (credential == null || credential.isBlank()) {
            throw AuthErrors.invalidToken("no credential");
        }
        return ApiKeySecret.looksLikeApiKey(credential) ? byApiKey(credential) : byAccessToken(credential);
    }

    private Identity byAccessToken(String token) {
        AccessGrant grant = codec.decodeAccess(token);
        return activeIdentity(grant.userId());
    }

    private Identity byApiKey(String credential) {
        ApiKey key = apiKeys.findByHash(ApiKeySecret.presented(credential).hash())
                .filter(found -> !found.isRevoked())
                .orElseThrow(() -> AuthErrors.invalidToken("unknown or revoked API key"));
        Identity identity = activeIdentity(key.userId());
        apiKeys.touch(key.id(), clock.now());
        return identity;
    }

    private Identity activeIdentity(UserId userId) {
        User user = users.findById(userId).filter(User::isActive)
                .orElseThrow(() -> AuthErrors.invalidToken("account is not active"));
        return new Identity(user.id(), user.role());
    }
}
