package ai.iiagent.domain.auth;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.NotFoundException;

/** No such key for this user (another user's key gets the same answer). */
public final class ApiKeyNotFoundException extends NotFoundException {

    public ApiKeyNotFoundException(ApiKeyId id) {
        super(ErrorCode.of("api_key_not_found"), "API key " + id.value() + " not found");
    }
}
