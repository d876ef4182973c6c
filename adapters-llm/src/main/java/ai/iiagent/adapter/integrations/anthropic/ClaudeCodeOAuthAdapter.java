package ai.iiagent.adapter.integrations.anthropic;

import ai.iiagent.adapter.integrations.oauth.ProviderHttp;
import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.integrations.ConnectorTokens;
import ai.iiagent.port.out.integrations.OAuthProviderPort;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Claude Code's sign-in with a Claude account: Anthropic's OAuth 2 authorisation-code flow with PKCE
 * for Claude Code's public client. Anthropic sends the user to its own page, which shows
 * {@code <code>#<state>} for the user to paste back (no redirect to this server). The token endpoint
 * takes JSON (with the state) and answers {@code access_token}, {@code refresh_token},
 * {@code expires_in} and the account. Anthropic documents no revocation endpoint: disconnecting forgets
 * the tokens here (the user can end the session in their Claude account settings).
 */
public final class ClaudeCodeOAuthAdapter implements OAuthProviderPort {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param clientId     Claude Code's public OAuth client id
     * @param authorizeUrl {@code https://claude.ai/oauth/authorize}
     * @param tokenUrl     {@code https://console.anthropic.com/v1/oauth/token}
     * @param redirectUri  Anthropic's page that shows the code ({@code https://console.anthropic.com/oauth/code/callback})
     * @param scope        {@code org:create_api_key user:profile user:inference}
     */
    public record Settings(String clientId, String authorizeUrl, String tokenUrl, String redirectUri, String scope) {
    }

    private final Settings settings;
    private final ProviderHttp http;
    private final Clock clock;

    public ClaudeCodeOAuthAdapter(Settings settings, ProviderHttp http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
    }

    @Override
    public ConnectorProvider provider() {
        return ConnectorProvider.CLAUDE_CODE;
    }

    @Override
    public boolean configured() {
        return settings.clientId() != null && !settings.clientId().isBlank(); // a public client: no secret
    }

    @Override
    public boolean supportsPkce() {
        return true;
    }

    @Override
    public String redirectUri() {
        return settings.redirectUri();
    }

    @Override
    public String authorizationUrl(String state, String codeChallenge) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", "true");
        params.put("client_id", settings.clientId());
        params.put("response_type", "code");
        params.put("redirect_uri", settings.redirectUri());
        params.put("scope", settings.scope());
        params.put("code_challenge", codeChallenge);
        params.put("code_challenge_method", "S256");
        params.put("state", state);
        return settings.authorizeUrl() + "?" + ProviderHttp.form(params);
    }

    @Override
    public ConnectorTokens exchangeCode(String code, String codeVerifier) {
        // the page shows "<code>#<state>"; the caller matched the state already, Anthropic wants it again
        int hash = code.indexOf('#');
        ObjectNode body = JSON.createObjectNode().put("grant_type", "authorization_code")
                .put("code", hash < 0 ? code : code.substring(0, hash))
                .put("client_id", settings.clientId()).put("redirect_uri", settings.redirectUri())
                .put("code_verifier", codeVerifier);
        if (hash >= 0) {
            body.put("state", code.substring(hash + 1));
        }
        ProviderHttp.Answer answer = post(body);
        if (!answer.ok()) {
            String error = answer.body().path("error").asText("");
            if (answer.status() == 400 || answer.status() == 401 || "invalid_grant".equals(error)) {
                throw ConnectorErrors.codeRejected(error.isEmpty() ? "status " + answer.status() : error);
            }
            throw ConnectorErrors.upstream("Anthropic's token endpoint answered " + answer.status());
        }
        return tokens(answer.body(), null);
    }

    @Override
    public ConnectorTokens refresh(String refreshToken) {
        ProviderHttp.Answer answer = post(JSON.createObjectNode().put("grant_type", "refresh_token")
                .put("refresh_token", refreshToken).put("client_id", settings.clientId()));
        if (answer.status() == 400 || answer.status() == 401) {
            throw ConnectorErrors.authorizationExpired(ConnectorProvider.CLAUDE_CODE);
        }
        if (!answer.ok()) {
            throw ConnectorErrors.upstream("Anthropic's token endpoint answered " + answer.status());
        }
        return tokens(answer.body(), refreshToken);
    }

    @Override
    public void revoke(ConnectorTokens tokens) {
        // Anthropic offers no revocation endpoint for this client; the tokens are forgotten by the caller
    }

    @Override
    public String accountName(String accessToken) {
        return null; // the account's e-mail comes with the token answer only, not from a lookup by token
    }

    private ProviderHttp.Answer post(ObjectNode body) {
        return http.send(http.request(settings.tokenUrl()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    private ConnectorTokens tokens(JsonNode body, String previousRefresh) {
        String access = body.path("access_token").asText("");
        if (access.isBlank()) {
            throw ConnectorErrors.upstream("Anthropic answered without an access token");
        }
        String refresh = body.path("refresh_token").asText(previousRefresh == null ? "" : previousRefresh);
        long expiresIn = body.path("expires_in").asLong(0);
        Instant expires = expiresIn > 0 ? clock.instant().plusSeconds(expiresIn) : null;
        String scope = body.hasNonNull("scope") ? body.path("scope").asText() : null;
        return new ConnectorTokens(access, refresh.isBlank() ? null : refresh, expires, scope);
    }
}
