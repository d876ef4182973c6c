package ai.iiagent.port.out.integrations;

import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.integrations.ConnectorTokens;

/**
 * One provider's OAuth 2 authorisation-code flow, as a user connects an account: where to send the
 * user, turning the code the provider sends back into tokens, refreshing them, and revoking them on
 * disconnect. One implementation per provider; secrets never appear in messages or logs.
 *
 * <h2>Errors</h2>
 * A code the provider refuses (wrong, expired, already used) is {@code ValidationException}
 * {@code oauth_code_rejected}; a refresh token it refuses is {@code ConflictException}
 * {@code connector_authorization_expired}; any other failure is {@code UpstreamFailureException}
 * {@code connector_upstream_failed}. Calls on a provider that is not {@link #configured()} throw
 * {@code ServiceUnavailableException} {@code connector_not_configured}.
 */
public interface OAuthProviderPort {

    ConnectorProvider provider();

    /** Whether the server has a client id and secret for this provider. */
    boolean configured();

    /** Whether the provider takes PKCE ({@code code_challenge_method=S256}). */
    boolean supportsPkce();

    /** The redirect URI registered with the provider, where it sends the user back with the code. */
    String redirectUri();

    /**
     * The provider's authorisation page for a new grant.
     *
     * @param state         the opaque value the callback must carry back
     * @param codeChallenge the PKCE challenge (S256), or null when {@link #supportsPkce()} is false
     */
    String authorizationUrl(String state, String codeChallenge);

    /**
     * Exchanges an authorisation code for tokens.
     *
     * @param codeVerifier the PKCE verifier the challenge was made from, or null
     */
    ConnectorTokens exchangeCode(String code, String codeVerifier);

    /** New tokens for a refresh token; the provider may rotate the refresh token too. */
    ConnectorTokens refresh(String refreshToken);

    /** Revokes the grant so the tokens stop working; a grant the provider no longer knows counts as revoked. */
    void revoke(ConnectorTokens tokens);

    /** The account's display name (login or e-mail) for the status page. */
    String accountName(String accessToken);
}
