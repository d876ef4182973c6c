package ai.iiagent.adapter.integrations.oauth;

import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.integrations.ConnectorTokens;
import ai.iiagent.port.out.integrations.OAuthProviderPort;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The parts of RFC 6749 every provider shares: the authorisation URL, and the token endpoint for the
 * code and refresh grants (client id and secret in the form body, JSON answers). A provider's own
 * adapter adds how it revokes and names the account. An error answer is recognised by its
 * {@code error} field whatever the status (GitHub answers 200 with one).
 */
public abstract class OAuthClient implements OAuthProviderPort {

    /** The error codes with which providers refuse a code or refresh token (RFC 6749 §5.2 and GitHub's). */
    private static final Set<String> REFUSED_GRANT = Set.of("invalid_grant", "bad_verification_code",
            "bad_refresh_token", "unauthorized_client", "incorrect_client_credentials");

    protected final OAuthClientSettings settings;
    protected final ProviderHttp http;
    private final Clock clock;

    protected OAuthClient(OAuthClientSettings settings, ProviderHttp http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    @Override
    public String redirectUri() {
        return settings.redirectUri();
    }

    @Override
    public String authorizationUrl(String state, String codeChallenge) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("client_id", settings.clientId());
        params.put("redirect_uri", settings.redirectUri());
        params.put("response_type", "code");
        params.put("scope", settings.scope());
        params.put("state", state);
        if (codeChallenge != null) {
            params.put("code_challenge", codeChallenge);
            params.put("code_challenge_method", "S256");
        }
        params.putAll(settings.extraAuthorizeParams());
        return settings.authorizeUrl() + "?" + ProviderHttp.form(params);
    }

    @Override
    public ConnectorTokens exchangeCode(String code, String codeVerifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", settings.redirectUri());
        form.put("code_verifier", codeVerifier);
        JsonNode body = token(form);
        String error = body.path("error").asText("");
        if (!error.isEmpty()) {
            throw REFUSED_GRANT.contains(error) ? ConnectorErrors.codeRejected(error)
                    : ConnectorErrors.upstream(http.provider() + " refused the code exchange: " + error);
        }
        return tokens(body, null);
    }

    @Override
    public ConnectorTokens refresh(String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        JsonNode body = token(form);
        String error = body.path("error").asText("");
        if (!error.isEmpty()) {
            if (REFUSED_GRANT.contains(error)) {
                throw ConnectorErrors.authorizationExpired(provider());
            }
            throw ConnectorErrors.upstream(http.provider() + " refused the refresh: " + error);
        }
        return tokens(body, refreshToken);
    }

    /**
     * Whether the client authenticates with HTTP Basic ({@code client_secret_basic}, RFC 6749 §2.3.1)
     * instead of the client id and secret in the form body.
     */
    protected boolean basicClientAuthentication() {
        return false;
    }

    /** The {@code Authorization} header value of HTTP Basic client authentication. */
    protected String basicCredentials() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((ProviderHttp.encode(settings.clientId()) + ":"
                + ProviderHttp.encode(settings.clientSecret())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private JsonNode token(Map<String, String> form) {
        HttpRequest.Builder request = http.request(settings.tokenUrl()).header("Content-Type", "application/x-www-form-urlencoded");
        if (basicClientAuthentication()) {
            request.header("Authorization", basicCredentials());
        } else {
            form.put("client_id", settings.clientId());
            form.put("client_secret", settings.clientSecret());
        }
        ProviderHttp.Answer answer = http.send(request
                .POST(HttpRequest.BodyPublishers.ofString(ProviderHttp.form(form))).build());
        if (!answer.ok() && !answer.body().has("error")) {
            throw ConnectorErrors.upstream(http.provider() + " token endpoint answered " + answer.status());
        }
        return answer.body();
    }

    private ConnectorTokens tokens(JsonNode body, String previousRefresh) {
        String access = body.path("access_token").asText("");
        if (access.isBlank()) {
            throw ConnectorErrors.upstream(http.provider() + " answered without an access token");
        }
        String refresh = body.path("refresh_token").asText(previousRefresh);
        Instant expires = body.hasNonNull("expires_in") && body.path("expires_in").asLong() > 0
                ? clock.instant().plusSeconds(body.path("expires_in").asLong()) : null;
        String scope = body.hasNonNull("scope") ? body.path("scope").asText() : null;
        return new ConnectorTokens(access, refresh == null || refresh.isBlank() ? null : refresh, expires, scope);
    }

    /** The provider this adapter connects. */
    @Override
    public abstract ConnectorProvider provider();
}
