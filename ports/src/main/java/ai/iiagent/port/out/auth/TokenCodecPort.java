package ai.iiagent.port.out.auth;

import ai.iiagent.domain.auth.AccessGrant;
import ai.iiagent.domain.auth.RefreshToken;
import ai.iiagent.domain.auth.RefreshTokenId;
import ai.iiagent.domain.shared.AuthenticationRequiredException;

/**
 * Signs and verifies our tokens. Decoding accepts only tokens this server signed with its current
 * key and issuer, of the expected kind (an access token is never accepted as a refresh token or
 * the reverse), unexpired; anything else throws {@link AuthenticationRequiredException} with code
 * {@code auth_error} ({@code session_expired} when only the expiry failed).
 */
public interface TokenCodecPort {

    String encodeAccess(AccessGrant grant);

    String encodeRefresh(RefreshToken token);

    AccessGrant decodeAccess(String token);

    RefreshTokenId decodeRefresh(String token);
}
