package ai.iiagent.service.auth;

import ai.iiagent.domain.auth.ApiKeyNotFoundException;
import ai.iiagent.port.in.auth.RevokeApiKeyCommand;
import ai.iiagent.port.in.auth.RevokeApiKeyUseCase;
import ai.iiagent.port.out.auth.ApiKeyRepository;
import ai.iiagent.port.out.clock.ClockPort;

/** Revokes the caller's key; someone else's key or an already revoked one is "not found". */
public final class RevokeApiKeyService implements RevokeApiKeyUseCase {

    private final ApiKeyRepository apiKeys;
    private final ClockPort clock;

    public RevokeApiKeyService(ApiKeyRepository apiKeys, ClockPort clock) {
        this.apiKeys = apiKeys;
        this.clock = clock;
    }

    @Override
    public void revoke(RevokeApiKeyCommand command) {
        apiKeys.findById(command.keyId())
                .filter(key -> key.isOwnedBy(command.owner().userId()) && !key.isRevoked())
                .orElseThrow(() -> new ApiKeyNotFoundException(command.keyId()));
        apiKeys.revoke(command.keyId(), clock.now());
    }
}
