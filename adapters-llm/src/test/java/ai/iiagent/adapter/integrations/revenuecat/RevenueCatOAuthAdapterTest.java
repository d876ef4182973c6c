package ai.iiagent.adapter.integrations.revenuecat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.adapter.integrations.oauth.OAuthClientSettings;
import ai.iiagent.adapter.integrations.oauth.ProviderHttp;
import ai.iiagent.domain.integrations.ConnectorTokens;
import ai.iiagent.domain.shared.ConflictException;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RevenueCat's refresh grant on WireMock transcripts: an expired access token is refreshed with HTTP
 * Basic client authentication and the rotated refresh token kept; a refresh RevenueCat refuses
 * ({@code invalid_grant}) means connect again ({@code connector_authorization_expired}).
 */
class RevenueCatOAuthAdapterTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("client-1:secret-1"
            .getBytes(StandardCharsets.UTF_8));

    private WireMockServer server;
    private RevenueCatOAuthAdapter adapter;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        adapter = new RevenueCatOAuthAdapter(new OAuthClientSettings("client-1", "secret-1", server.baseUrl() + "/oauth2/authorize",
                server.baseUrl() + "/oauth2/token", "https://agent.example/connectors/revenuecat/callback",
                "project_configuration:projects:read", Map.of()), server.baseUrl() + "/oauth2/revoke", server.baseUrl(),
                new ProviderHttp("RevenueCat", Duration.ofSeconds(5)), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void givenAnExpiredToken_whenRefreshed_thenRevenueCatsNewTokensWithBasicClientAuthentication() {
        server.stubFor(post(urlEqualTo("/oauth2/token")).withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(containing("grant_type=refresh_token")).willReturn(json(200, "refreshed.json")));

        ConnectorTokens fresh = adapter.refresh("rtk_rc0AuthRefreshToken5b2d8e61f0c4a9");

        assertThat(fresh.accessToken()).isEqualTo("atk_rc0AuthRefreshedAccess3f9a2c71e8d4b0");
        assertThat(fresh.refreshToken()).isEqualTo("rtk_rc0AuthRotatedRefresh8e4b1f6c2a9d73");
        assertThat(fresh.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
        String body = server.findAll(postRequestedFor(urlEqualTo("/oauth2/token"))).getLast().getBodyAsString();
        assertThat(body).contains("refresh_token=rtk_rc0AuthRefreshToken5b2d8e61f0c4a9").doesNotContain("client_secret");
    }

    @Test
    void givenARefreshRevenueCatRefuses_thenAuthorizationExpired() {
        server.stubFor(post(urlEqualTo("/oauth2/token")).willReturn(json(400, "invalid-grant.json")));

        assertThatThrownBy(() -> adapter.refresh("rtk_revoked")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("connect again");
    }

    @Test
    void givenTokens_whenRevoked_thenTheRefreshTokenIsPostedInTheBody() {
        server.stubFor(post(urlEqualTo("/oauth2/revoke")).willReturn(aResponse().withStatus(200)));

        adapter.revoke(new ConnectorTokens("atk_1", "rtk_1", NOW.plusSeconds(60), null));

        var revoke = server.findAll(postRequestedFor(urlEqualTo("/oauth2/revoke"))).getLast();
        assertThat(revoke.getBodyAsString()).isEqualTo("token=rtk_1&token_type_hint=refresh_token");
        assertThat(revoke.getHeader("Authorization")).isEqualTo(BASIC);
    }

    private static ResponseDefinitionBuilder json(int status, String name) {
        try (InputStream in = RevenueCatOAuthAdapterTest.class.getResourceAsStream("/transcripts/revenuecat/" + name)) {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
