package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Mobile publishing (issue 22): the App Store Connect key stored sealed through
 * {@code /v1/user-settings/apple-credentials} (the database holds no clear text, another user sees none
 * and gets 404), then the socket commands {@code apple_check_auth} and {@code submit_testflight} on
 * App Store Connect's WireMock stand-in: the build reaches beta review with a token signed by the
 * stored key, the session hears {@code integration.testflight.log}, and bad input or Apple's refusals
 * are {@code system.error} with stable codes.
 */
@QuarkusTest
@WithTestResource(AppStoreConnectStandIn.class)
class AppleTestFlightOverSocketTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISSUER = "57246542-96fe-1a63-e053-0824d011072a";
    private static final String KEY_ID = "2X9R4HXF34";
    private static final String PATH = "/v1/user-settings/apple-credentials";

    @Inject
    DataSource dataSource;

    @Test
    void givenAnAppleKey_thenItIsSealed_neverAnswered_andAnotherUserGets404() throws Exception {
        String owner = newAccessToken();
        KeyPair key = newKey();
        String pem = pem(key);
        String body = base64Body(pem);
        as(owner).get(PATH).then().statusCode(200).body("configured", equalTo(false));
        String saved = as(owner).body(Map.of("issuer_id", ISSUER, "key_id", KEY_ID, "private_key", pem)).post(PATH).then()
                .statusCode(200).body("configured", equalTo(true)).body("issuer_id", equalTo(ISSUER))
                .body("key_id", equalTo(KEY_ID)).body("private_key", nullValue()).extract().asString();
        String read = as(owner).get(PATH).then().statusCode(200).body("configured", equalTo(true)).extract().asString();
        assertThat(saved + read).doesNotContain(body.substring(body.length() - 40)).doesNotContain("PRIVATE KEY");

        String stored = storedKey(owner);
        assertThat(stored).startsWith("v1:").doesNotContain(body.substring(body.length() - 40)).doesNotContain("PRIVATE KEY");

        String other = newAccessToken();
        as(other).get(PATH).then().statusCode(200).body("configured", equalTo(false)).body("key_id", nullValue());
        as(other).delete(PATH).then().statusCode(404).body("code", equalTo("apple_credentials_not_found"));
        as(owner).get(PATH).then().statusCode(200).body("configured", equalTo(true));

        as(owner).delete(PATH).then().statusCode(204);
        as(owner).get(PATH).then().statusCode(200).body("configured", equalTo(false));
        as(owner).delete(PATH).then().statusCode(404).body("code", equalTo("apple_credentials_not_found"));
        given().contentType(ContentType.JSON).get(PATH).then().statusCode(401);
    }

    @Test
    void givenBadKeys_thenBadRequestWithACode_andNothingIsStored() throws Exception {
        String token = newAccessToken();
        String pem = pem(newKey());
        for (Map<String, Object> bad : new Map[] {Map.of(), Map.of("issuer_id", ISSUER, "key_id", KEY_ID),
                Map.of("issuer_id", "not-a-uuid", "key_id", KEY_ID, "private_key", pem),
                Map.of("issuer_id", ISSUER, "key_id", "short", "private_key", pem),
                Map.of("issuer_id", ISSUER, "key_id", KEY_ID, "private_key",
                        "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----")}) {
            as(token).body(bad).post(PATH).then().statusCode(400).body("code", equalTo("invalid_connector_request"));
        }
        as(token).get(PATH).then().statusCode(200).body("configured", equalTo(false));
    }

    @Test
    void givenTheSocketCommands_thenTheNewestBuildGoesToTestFlight_signedWithTheStoredKey_andRefusalsHaveCodes()
            throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "testflight");
        KeyPair key = newKey();
        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            client.await(named("connection.established"), WAIT);

            command(client, "apple_check_auth", Map.of());
            assertThat(event(client.await(named("integration.apple.auth.check_result"), WAIT)).path("content")
                    .path("authenticated").asBoolean()).isFalse();
            command(client, "submit_testflight", Map.of("bundle_identifier", "com.example.shopdemo"));
            assertThat(errorCode(client)).isEqualTo("apple_credentials_not_found");

            as(token).body(Map.of("issuer_id", ISSUER, "key_id", KEY_ID, "private_key", pem(key))).post(PATH).then()
                    .statusCode(200);
            command(client, "apple_check_auth", Map.of());
            JsonNode check = event(client.await(named("integration.apple.auth.check_result"), WAIT)).path("content");
            assertThat(check.path("authenticated").asBoolean()).isTrue();
            assertThat(check.path("key_id").asText()).isEqualTo(KEY_ID);

            int before = AppStoreConnectStandIn.server.getAllServeEvents().size();
            command(client, "submit_testflight", Map.of("bundle_identifier", "com.example.shopdemo", "beta_group", "Friends"));
            JsonNode started = event(client.await(named("integration.testflight.log"), WAIT)).path("content");
            assertThat(started.path("level").asText()).isEqualTo("info");
            assertThat(started.path("message").asText()).contains("com.example.shopdemo").contains("Friends");
            JsonNode done = event(client.await(named("integration.testflight.log"), WAIT)).path("content");
            assertThat(done.path("level").asText()).isEqualTo("info");
            assertThat(done.path("message").asText()).contains("Build 7").contains(AppStoreConnectStandIn.BUILD)
                    .contains("WAITING_FOR_REVIEW");
            AppStoreConnectStandIn.server.verify(postRequestedFor(urlEqualTo("/v1/betaGroups/" + AppStoreConnectStandIn.GROUP
                    + "/relationships/builds")));
            var requests = AppStoreConnectStandIn.server.getAllServeEvents();
            assertThat(requests.size() - before).isEqualTo(5);
            for (var served : requests.subList(0, requests.size() - before)) { // newest first
                assertSignedBy(served.getRequest().getHeader("Authorization"), key);
            }

            command(client, "submit_testflight", Map.of("bundle_identifier", "com.example.unknown"));
            // The caller's system.error is a direct reply; the log lines are session events: either may come first.
            Map<String, JsonNode> seen = new LinkedHashMap<>();
            while (seen.size() < 2) {
                JsonNode frame = event(client.await(named("integration.testflight.log").or(named("system.error")), WAIT));
                JsonNode content = frame.path("content");
                if (frame.path("name").asText().equals("system.error") || content.path("level").asText().equals("error")) {
                    seen.put(frame.path("name").asText(), content);
                }
            }
            assertThat(seen.get("integration.testflight.log").path("message").asText())
                    .contains("no app with bundle id com.example.unknown");
            assertThat(seen.get("system.error").path("code").asText()).isEqualTo("invalid_connector_request");

            int served = AppStoreConnectStandIn.server.getAllServeEvents().size();
            command(client, "submit_testflight", Map.of("bundle_identifier", "not a bundle id!"));
            assertThat(errorCode(client)).isEqualTo("invalid_connector_request");
            command(client, "submit_testflight", Map.of("bundle_identifier", "com.example.shopdemo", "beta_group",
                    "x".repeat(101)));
            assertThat(errorCode(client)).isEqualTo("invalid_connector_request");
            assertThat(AppStoreConnectStandIn.server.getAllServeEvents()).hasSize(served);

            command(client, "apple_auth_login", Map.of("apple_id", "someone@example.com", "password", "secret"));
            assertThat(errorCode(client)).isEqualTo("apple_api_key_required");
            command(client, "save_expo_token", Map.of("expo_token", "abc"));
            assertThat(errorCode(client)).isEqualTo("mobile_command_unsupported");
        }
    }

    private static void assertSignedBy(String authorization, KeyPair key) throws Exception {
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.path("kid").asText()).isEqualTo(KEY_ID);
        assertThat(claims.path("iss").asText()).isEqualTo(ISSUER);
        Signature verify = Signature.getInstance("SHA256withECDSAinP1363Format");
        verify.initVerify(key.getPublic());
        verify.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verify.verify(Base64.getUrlDecoder().decode(parts[2]))).as("signed with the stored key").isTrue();
    }

    private static String errorCode(SocketClient client) throws InterruptedException {
        return event(client.await(named("system.error"), WAIT)).path("content").path("code").asText();
    }

    private static void command(SocketClient client, String command, Map<String, Object> fields) {
        Map<String, Object> content = new LinkedHashMap<>(fields);
        content.put("command", command);
        client.send(Map.of("type", "chat_message", "data", Map.of("content", content)));
    }

    private String storedKey(String token) throws Exception {
        String userId = as(token).get("/auth/me").then().statusCode(200).extract().path("id");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select encrypted_private_key from apple_credentials where user_id = ?::uuid")) {
            statement.setString(1, userId);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }

    private static KeyPair newKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static String pem(KeyPair key) {
        return "-----BEGIN PRIVATE KEY-----\n" + base64(key) + "\n-----END PRIVATE KEY-----\n";
    }

    private static String base64(KeyPair key) {
        return Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getPrivate().getEncoded());
    }

    private static String base64Body(String pem) {
        return pem.replace("-----BEGIN PRIVATE KEY-----\n", "").replace("\n-----END PRIVATE KEY-----\n", "").replace("\n", "");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
