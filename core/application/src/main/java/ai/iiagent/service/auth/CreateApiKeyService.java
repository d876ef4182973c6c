package ai.iiagent.service.auth;

import ai.iiagent.domain.auth.AuthErrors;
import ai.iiagent.domain.auth.ApiKey;
import ai.iiagent.domain.auth.ApiKeySecret;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.port.in.auth.CreateApiKeyCommand;
import ai.iiagent.port.in.auth.CreateApiKeyUseCase;
import ai.iiagent.port.in.auth.CreatedApiKey;
import ai.iiagent.port.out.auth.ApiKeyRepository;
import ai.iiagent.port.out.clock.ClockPort;

/** Mints a key; only its hash is stored. A user may hold at most {@value #MAX_ACTIVE_KEYS} active keys. */
public final class CreateApiKeyService implements CreateApiKeyUseCase {

    static final int MAX_ACTIVE_KEYS = 25;

    private final ApiKeyRepository apiKeys;
    private final ClockPort clock;

    public CreateApiKeyService(ApiKeyRepository apiKeys, ClockPort clock) {
        this.apiKeys = apiKeys;
        this.clock = clock;
    }

    @Override
    public CreatedApiKey create(CreateApiKeyCommand command) {
        if (apiKeys.findActiveByUser(command.owner().userId()).size() >= MAX_ACTIVE_KEYS) {
            throw new ConflictException(AuthErrors.TOO_MANY_API_KEYS,
                    "at most " + MAX_ACTIVE_KEYS + " active API keys; revoke one first");
        }
        ApiKeySecret secret = ApiKeySecret.generate();
        ApiKey key = ApiKey.create(command.owner().userId(), command.name(), secret, clock.now());
        apiKeys.save(key);
        return new CreatedApiKey(key, secret.reveal());
    }
}
