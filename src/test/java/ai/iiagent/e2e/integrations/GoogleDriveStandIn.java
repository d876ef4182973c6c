package ai.iiagent.e2e.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Google on WireMock: the token endpoint (400 {@code invalid_grant} for a refused code, as Google
 * answers), {@code /revoke} and Drive's {@code /drive/v3/about}, with the transcripts under
 * {@code transcripts/google/}.
 */
public class GoogleDriveStandIn implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "407408718192-drive0test.apps.googleusercontent.com";
    static final String CLIENT_SECRET = "GOCSPX-driveTestSecret0123456789";
    static final String ACCESS_TOKEN = "ya29.a0AfB_byDriveAccess0123456789abcdefGHIJKLmnop";
    static final String REFRESH_TOKEN = "1//0gDriveRefresh9876543210zyxwvuTSRQPonmlk";
    static final String DEVELOPER_KEY = "AIzaSyPickerKeyForTests0123456789";

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlEqualTo("/token")).withRequestBody(containing("code=good-code"))
                .willReturn(json(200, "token.json")));
        server.stubFor(post(urlEqualTo("/token")).withRequestBody(containing("code=bad-code"))
                .willReturn(json(400, "invalid-grant.json")));
        server.stubFor(post(urlEqualTo("/revoke")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody("{}")));
        server.stubFor(get(urlEqualTo("/drive/v3/about?fields=user")).withHeader("Authorization", containing(ACCESS_TOKEN))
                .willReturn(json(200, "about-user.json")));
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connectors.google.client-id", CLIENT_ID);
        config.put("connectors.google.client-secret", CLIENT_SECRET);
        config.put("connectors.google.picker-developer-key", DEVELOPER_KEY);
        config.put("connectors.google.picker-app-id", "407408718192");
        config.put("connectors.google.authorize-url", "https://accounts.example/o/oauth2/v2/auth");
        config.put("connectors.google.token-url", server.baseUrl() + "/token");
        config.put("connectors.google.revoke-url", server.baseUrl() + "/revoke");
        config.put("connectors.google.api-base", server.baseUrl());
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String name) {
        try (InputStream in = GoogleDriveStandIn.class.getResourceAsStream("/transcripts/google/" + name)) {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
