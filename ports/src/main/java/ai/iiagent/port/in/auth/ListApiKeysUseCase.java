package ai.iiagent.port.in.auth;

import ai.iiagent.domain.auth.ApiKey;
import java.util.List;

/** The caller's active API keys, newest first (hashes and prefixes only). */
public interface ListApiKeysUseCase {

    List<ApiKey> list(ListApiKeysQuery query);
}
