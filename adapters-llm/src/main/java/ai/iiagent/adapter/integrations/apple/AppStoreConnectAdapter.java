package ai.iiagent.adapter.integrations.apple;

import ai.iiagent.adapter.integrations.oauth.ProviderHttp;
import ai.iiagent.domain.integrations.AppleCredentials;
import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.integrations.TestFlightSubmission;
import ai.iiagent.port.out.integrations.AppStoreConnectPort;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;

/**
 * {@link AppStoreConnectPort} on {@code https://api.appstoreconnect.apple.com}: {@code GET /v1/apps?filter[bundleId]},
 * {@code GET /v1/builds?filter[app]&sort=-uploadedDate&limit=1}, {@code GET /v1/apps/{id}/betaGroups},
 * {@code POST /v1/betaGroups/{id}/relationships/builds} and {@code POST /v1/betaAppReviewSubmissions}
 * (JSON:API documents), each with a fresh ES256 token. Apple's error documents
 * ({@code {errors: [{status, code, title, detail}]}}) are mapped to the port's errors; keys and tokens
 * never reach a log ({@link ProviderHttp} logs method, path and status only).
 */
public final class AppStoreConnectAdapter implements AppStoreConnectPort {

    private final String apiBase;
    private final ProviderHttp http;
    private final AppStoreConnectTokens tokens;

    public AppStoreConnectAdapter(String apiBase, ProviderHttp http, AppStoreConnectTokens tokens) {
        this.apiBase = apiBase.replaceAll("/+$", "");
        this.http = http;
        this.tokens = tokens;
    }

    @Override
    public TestFlightSubmission submitNewestBuild(AppleCredentials credentials, String bundleId, String betaGroupName) {
        String token = tokens.token(credentials);
        JsonNode app = first(get(token, "/v1/apps?filter%5BbundleId%5D=" + ProviderHttp.encode(bundleId) + "&limit=1"),
                "no app with bundle id " + bundleId + " in this App Store Connect team");
        String appId = app.path("id").asText();
        JsonNode build = first(get(token, "/v1/builds?filter%5Bapp%5D=" + ProviderHttp.encode(appId)
                + "&sort=-uploadedDate&limit=1"), "the app has no uploaded build yet (upload one with Xcode or Transporter)");
        String state = build.path("attributes").path("processingState").asText("");
        if (!state.equals("VALID")) {
            throw ConnectorErrors.invalid("the newest build is " + state + ", not VALID yet; try again when Apple has processed it");
        }
        String buildId = build.path("id").asText();
        String groupId = null;
        if (betaGroupName != null && !betaGroupName.isBlank()) {
            JsonNode group = null;
            for (JsonNode candidate : get(token, "/v1/apps/" + ProviderHttp.encode(appId) + "/betaGroups").path("data")) {
                if (candidate.path("attributes").path("name").asText().equals(betaGroupName)) {
                    group = candidate;
                }
            }
            if (group == null) {
                throw ConnectorErrors.invalid("the app has no beta group named '" + betaGroupName + "'");
            }
            groupId = group.path("id").asText();
            send(token, "/v1/betaGroups/" + ProviderHttp.encode(groupId) + "/relationships/builds",
                    "{\"data\":[{\"type\":\"builds\",\"id\":\"" + buildId + "\"}]}");
        }
        JsonNode review = send(token, "/v1/betaAppReviewSubmissions", "{\"data\":{\"type\":\"betaAppReviewSubmissions\","
                + "\"relationships\":{\"build\":{\"data\":{\"type\":\"builds\",\"id\":\"" + buildId + "\"}}}}}");
        return new TestFlightSubmission(appId, buildId, build.path("attributes").path("version").asText(null), state, groupId,
                review.path("data").path("attributes").path("betaReviewState").asText(null));
    }

    private JsonNode get(String token, String path) {
        return checked(http.send(http.request(apiBase + path).header("Authorization", "Bearer " + token).GET().build()));
    }

    private JsonNode send(String token, String path, String body) {
        return checked(http.send(http.request(apiBase + path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build()));
    }

    private static JsonNode checked(ProviderHttp.Answer answer) {
        if (answer.ok()) {
            return answer.body();
        }
        JsonNode error = answer.body().path("errors").path(0);
        String detail = error.path("detail").asText(error.path("title").asText("status " + answer.status()));
        if (answer.status() == 401 || answer.status() == 403) {
            throw ConnectorErrors.authorizationExpired(ConnectorProvider.APP_STORE_CONNECT);
        }
        if (answer.status() == 409 || answer.status() == 422) {
            throw ConnectorErrors.invalid("App Store Connect refused: " + detail);
        }
        throw ConnectorErrors.upstream("App Store Connect answered " + answer.status() + ": " + error.path("code").asText(""));
    }

    private static JsonNode first(JsonNode document, String missing) {
        JsonNode data = document.path("data");
        if (!data.isArray() || data.isEmpty()) {
            throw ConnectorErrors.invalid(missing);
        }
        return data.get(0);
    }
}
