package ai.iiagent.adapter.integrations.apple;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.adapter.integrations.oauth.ProviderHttp;
import ai.iiagent.domain.integrations.AppleCredentials;
import ai.iiagent.domain.integrations.TestFlightSubmission;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ValidationException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * App Store Connect on WireMock transcripts (JSON:API documents as Apple answers them): the newest
 * valid build of a bundle id is added to a beta group and submitted for beta review, every request
 * carrying an ES256 token that verifies with the key's public half and has Apple's claims; unknown
 * apps, missing groups and a refused key map to the port's errors.
 */
class AppStoreConnectAdapterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-12-06T17:30:00Z");
    private static final String ISSUER = "57246542-96fe-1a63-e053-0824d011072a";
    private static final String KEY_ID = "2X9R4HXF34";
    private static final String BUILD = "2f0e9a31-7c1b-4d8e-a6f2-3b5c9d1e7a40";

    private WireMockServer server;
    private KeyPair key;
    private AppleCredentials credentials;
    private AppStoreConnectAdapter adapter;

    @BeforeEach
    void start() throws Exception {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        key = generator.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        credentials = new AppleCredentials(ISSUER, KEY_ID, pem);
        adapter = new AppStoreConnectAdapter(server.baseUrl(), new ProviderHttp("App Store Connect", Duration.ofSeconds(5)),
                new AppStoreConnectTokens(Clock.fixed(NOW, ZoneOffset.UTC)));
        server.stubFor(get(urlEqualTo("/v1/apps?filter%5BbundleId%5D=com.example.shopdemo&limit=1")).willReturn(json(200, "apps.json")));
        server.stubFor(get(urlEqualTo("/v1/apps?filter%5BbundleId%5D=com.example.unknown&limit=1"))
                .willReturn(json(200, "apps-empty.json")));
        server.stubFor(get(urlEqualTo("/v1/builds?filter%5Bapp%5D=6478123456&sort=-uploadedDate&limit=1"))
                .willReturn(json(200, "builds.json")));
        server.stubFor(get(urlEqualTo("/v1/apps/6478123456/betaGroups")).willReturn(json(200, "beta-groups.json")));
        server.stubFor(post(urlEqualTo("/v1/betaGroups/8d2c6b1a-0f3e-4a5b-9c7d-1e2f3a4b5c6d/relationships/builds"))
                .withRequestBody(equalToJson("{\"data\":[{\"type\":\"builds\",\"id\":\"" + BUILD + "\"}]}"))
                .willReturn(aResponse().withStatus(204)));
        server.stubFor(post(urlEqualTo("/v1/betaAppReviewSubmissions"))
                .withRequestBody(equalToJson("{\"data\":{\"type\":\"betaAppReviewSubmissions\",\"relationships\":{\"build\":"
                        + "{\"data\":{\"type\":\"builds\",\"id\":\"" + BUILD + "\"}}}}}"))
                .willReturn(json(201, "beta-review-submission.json")));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void givenAValidBuild_thenItJoinsTheGroupAndIsSubmittedForBetaReview_withSignedTokens() throws Exception {
        TestFlightSubmission submission = adapter.submitNewestBuild(credentials, "com.example.shopdemo", "Friends");
        assertThat(submission).isEqualTo(new TestFlightSubmission("6478123456", BUILD, "7", "VALID",
                "8d2c6b1a-0f3e-4a5b-9c7d-1e2f3a4b5c6d", "WAITING_FOR_REVIEW"));
        server.verify(postRequestedFor(urlEqualTo("/v1/betaGroups/8d2c6b1a-0f3e-4a5b-9c7d-1e2f3a4b5c6d/relationships/builds")));
        server.verify(getRequestedFor(urlPathEqualTo("/v1/apps/6478123456/betaGroups")));
        assertThat(server.getAllServeEvents()).hasSize(5);
        for (var request : server.getAllServeEvents()) {
            String jwt = request.getRequest().getHeader("Authorization").substring("Bearer ".length());
            String[] parts = jwt.split("\\.");
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            assertThat(header.path("alg").asText()).isEqualTo("ES256");
            assertThat(header.path("kid").asText()).isEqualTo(KEY_ID);
            assertThat(claims.path("iss").asText()).isEqualTo(ISSUER);
            assertThat(claims.path("aud").asText()).isEqualTo("appstoreconnect-v1");
            assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isLessThanOrEqualTo(20 * 60);
            assertThat(claims.path("iat").asLong()).isEqualTo(NOW.getEpochSecond());
            byte[] jose = Base64.getUrlDecoder().decode(parts[2]);
            assertThat(jose).hasSize(64);
            Signature verify = Signature.getInstance("SHA256withECDSA");
            verify.initVerify(key.getPublic());
            verify.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            assertThat(verify.verify(der(jose))).as("the ES256 signature verifies with the key's public half").isTrue();
        }
    }

    @Test
    void givenNoGroup_thenOnlyTheReviewIsSubmitted() {
        TestFlightSubmission submission = adapter.submitNewestBuild(credentials, "com.example.shopdemo", null);
        assertThat(submission.betaGroupId()).isNull();
        assertThat(submission.betaReviewState()).isEqualTo("WAITING_FOR_REVIEW");
        server.verify(0, postRequestedFor(urlPathEqualTo("/v1/betaGroups/8d2c6b1a-0f3e-4a5b-9c7d-1e2f3a4b5c6d/relationships/builds")));
    }

    @Test
    void givenAnUnknownAppOrGroup_orARefusedKey_thenThePortsErrorsSayWhat() {
        assertThatThrownBy(() -> adapter.submitNewestBuild(credentials, "com.example.unknown", null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no app with bundle id com.example.unknown");
        assertThatThrownBy(() -> adapter.submitNewestBuild(credentials, "com.example.shopdemo", "Strangers"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no beta group named 'Strangers'");
        server.stubFor(get(urlEqualTo("/v1/apps?filter%5BbundleId%5D=com.example.shopdemo&limit=1")).atPriority(1)
                .withHeader("Authorization", matching("Bearer .*")).willReturn(json(401, "not-authorized.json")));
        assertThatThrownBy(() -> adapter.submitNewestBuild(credentials, "com.example.shopdemo", null))
                .isInstanceOf(ConflictException.class).extracting(e -> ((ConflictException) e).code().value())
                .isEqualTo("connector_authorization_expired");
        assertThatThrownBy(() -> new AppleCredentials(ISSUER, "short", "x")).isInstanceOf(ValidationException.class);
        assertThat(credentials.toString()).doesNotContain("PRIVATE KEY");
    }

    // r‖s → DER SEQUENCE { INTEGER r, INTEGER s }, what the JDK verifies
    private static byte[] der(byte[] jose) {
        byte[] r = new BigInteger(1, Arrays.copyOfRange(jose, 0, 32)).toByteArray();
        byte[] s = new BigInteger(1, Arrays.copyOfRange(jose, 32, 64)).toByteArray();
        byte[] out = new byte[6 + r.length + s.length];
        out[0] = 0x30;
        out[1] = (byte) (4 + r.length + s.length);
        out[2] = 0x02;
        out[3] = (byte) r.length;
        System.arraycopy(r, 0, out, 4, r.length);
        out[4 + r.length] = 0x02;
        out[5 + r.length] = (byte) s.length;
        System.arraycopy(s, 0, out, 6 + r.length, s.length);
        return out;
    }

    private static ResponseDefinitionBuilder json(int status, String name) {
        try (InputStream in = AppStoreConnectAdapterTest.class.getResourceAsStream("/transcripts/app-store-connect/" + name)) {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
