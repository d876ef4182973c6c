package ai.iiagent.service.auth;

import ai.iiagent.domain.auth.ApiKey;
import ai.iiagent.port.in.auth.ListApiKeysQuery;
import ai.iiagent.port.in.auth.ListApiKeysUseCase;
import ai.iiagent.port.out.auth.ApiKeyRepository;
import java.util.List;

/** The caller's own active keys. */
public final class ListApiKeysService implements ListApiKeysUseCase {

    private final ApiKeyRepository apiKeys;

    public ListApiKeysService(ApiKeyRepository apiKeys) {
        this.apiKeys = apiKeys;
    }

    @Override
    public List<ApiKey> list(ListApiKeysQuery query) {
        return apiKeys.findActiveByUser(query.owner().userId());
    }
}
