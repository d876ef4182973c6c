package ai.iiagent.e2e.realtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * App Store Connect on WireMock, serving the transcripts under {@code transcripts/app-store-connect/}
 * (JSON:API documents as Apple answers them) to requests that carry a bearer token: the app
 * {@code com.example.shopdemo}, its newest valid build, its beta groups, the group relationship and the
 * beta review submission; {@code com.example.unknown} is no app.
 */
public class AppStoreConnectStandIn implements QuarkusTestResourceLifecycleManager {

    static final String APP_ID = "6478123456";
    static final String BUILD = "2f0e9a31-7c1b-4d8e-a6f2-3b5c9d1e7a40";
    static final String GROUP = "8d2c6b1a-0f3e-4a5b-9c7d-1e2f3a4b5c6d";

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        var bearer = matching("Bearer [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        server.stubFor(get(urlEqualTo("/v1/apps?filter%5BbundleId%5D=com.example.shopdemo&limit=1"))
                .withHeader("Authorization", bearer).willReturn(json(200, "apps.json")));
        server.stubFor(get(urlEqualTo("/v1/apps?filter%5BbundleId%5D=com.example.unknown&limit=1"))
                .withHeader("Authorization", bearer).willReturn(json(200, "apps-empty.json")));
        server.stubFor(get(urlEqualTo("/v1/builds?filter%5Bapp%5D=" + APP_ID + "&sort=-uploadedDate&limit=1"))
                .withHeader("Authorization", bearer).willReturn(json(200, "builds.json")));
        server.stubFor(get(urlEqualTo("/v1/apps/" + APP_ID + "/betaGroups")).withHeader("Authorization", bearer)
                .willReturn(json(200, "beta-groups.json")));
        server.stubFor(post(urlEqualTo("/v1/betaGroups/" + GROUP + "/relationships/builds")).withHeader("Authorization", bearer)
                .withRequestBody(equalToJson("{\"data\":[{\"type\":\"builds\",\"id\":\"" + BUILD + "\"}]}"))
                .willReturn(aResponse().withStatus(204)));
        server.stubFor(post(urlEqualTo("/v1/betaAppReviewSubmissions")).withHeader("Authorization", bearer)
                .withRequestBody(equalToJson("{\"data\":{\"type\":\"betaAppReviewSubmissions\",\"relationships\":{\"build\":"
                        + "{\"data\":{\"type\":\"builds\",\"id\":\"" + BUILD + "\"}}}}}"))
                .willReturn(json(201, "beta-review-submission.json")));
        return Map.of("connectors.apple.api-base", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static ResponseDefinitionBuilder json(int status, String name) {
        try (InputStream in = AppStoreConnectStandIn.class.getResourceAsStream("/transcripts/app-store-connect/" + name)) {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
