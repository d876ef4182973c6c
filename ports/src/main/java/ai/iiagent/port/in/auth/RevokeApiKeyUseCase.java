package ai.iiagent.port.in.auth;

import ai.iiagent.domain.auth.ApiKeyNotFoundException;

/** Revokes one of the caller's keys; it stops working on the next request. */
public interface RevokeApiKeyUseCase {

    /** @throws ApiKeyNotFoundException for an unknown key or another user's key */
    void revoke(RevokeApiKeyCommand command);
}
