package ai.iiagent.e2e.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RevenueCat's OAuth server on WireMock: {@code /oauth2/token} (HTTP Basic client authentication, 400
 * {@code invalid_grant} for a refused code), {@code /oauth2/revoke} and the REST API's
 * {@code /v2/projects}, with the transcripts under {@code transcripts/revenuecat/}.
 */
public class RevenueCatStandIn implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "rc_oauth_client_7f3e2a";
    static final String CLIENT_SECRET = "rcs_ClientSecretForTests0123456789abcdef";
    static final String ACCESS_TOKEN = "atk_rc0AuthAccessToken7c1e9d24b6a8f3";
    static final String REFRESH_TOKEN = "rtk_rc0AuthRefreshToken5b2d8e61f0c4a9";
    static final String BASIC = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
            .getBytes(StandardCharsets.UTF_8));

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlEqualTo("/oauth2/token")).withHeader("Authorization", com.github.tomakehurst.wiremock.client
                .WireMock.equalTo(BASIC)).withRequestBody(containing("code=good-code")).willReturn(json(200, "token.json")));
        server.stubFor(post(urlEqualTo("/oauth2/token")).withRequestBody(containing("code=bad-code"))
                .willReturn(json(400, "invalid-grant.json")));
        server.stubFor(post(urlEqualTo("/oauth2/revoke")).withHeader("Authorization", com.github.tomakehurst.wiremock.client
                .WireMock.equalTo(BASIC)).willReturn(aResponse().withStatus(200)));
        server.stubFor(get(urlEqualTo("/v2/projects?limit=1")).withHeader("Authorization", containing(ACCESS_TOKEN))
                .willReturn(json(200, "projects.json")));
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connectors.revenuecat.client-id", CLIENT_ID);
        config.put("connectors.revenuecat.client-secret", CLIENT_SECRET);
        config.put("connectors.revenuecat.authorize-url", "https://api.revenuecat.example/oauth2/authorize");
        config.put("connectors.revenuecat.token-url", server.baseUrl() + "/oauth2/token");
        config.put("connectors.revenuecat.revoke-url", server.baseUrl() + "/oauth2/revoke");
        config.put("connectors.revenuecat.api-base", server.baseUrl());
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static ResponseDefinitionBuilder json(int status, String name) {
        try (InputStream in = RevenueCatStandIn.class.getResourceAsStream("/transcripts/revenuecat/" + name)) {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
