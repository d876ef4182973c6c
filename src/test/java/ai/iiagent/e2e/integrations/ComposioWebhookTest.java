package ai.iiagent.e2e.integrations;

import static ai.iiagent.e2e.integrations.ConnectorUsers.as;
import static ai.iiagent.e2e.integrations.ConnectorUsers.newAccessToken;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Composio's signed webhook against a profile connected through Composio's WireMock stand-in: a
 * {@code composio.connected_account.expired} delivery signed as Composio signs it (HMAC-SHA256 of
 * {@code id.timestamp.body}) disconnects the profile and switches its synced MCP setting off; the same
 * delivery again is a duplicate, not applied twice; another Composio user's account, trigger events,
 * bad or stale signatures and unsigned or malformed bodies change nothing.
 */
@QuarkusTest
@WithTestResource(ComposioStandIn.class)
@WithTestResource(ComposioWebhookSecret.class)
class ComposioWebhookTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/v1/connectors/composio";
    private static final String WEBHOOK = "/v1/webhooks/composio";

    @Test
    void givenAnExpiredAccountDelivery_thenTheProfileIsDisconnectedOnce_andItsMcpSettingSwitchedOff() throws Exception {
        String token = newAccessToken();
        String id = ComposioConnectorTest.connect(token, "gmail", "Mail").statusCode(201).extract().path("profile_id");
        String composioUser = JSON.readTree(ComposioStandIn.server.findAll(postRequestedFor(
                urlEqualTo(ComposioStandIn.API + "/connected_accounts"))).getLast().getBodyAsString())
                .path("connection").path("user_id").asText();
        ComposioConnectorTest.complete(token, ComposioStandIn.GMAIL_ACCOUNT).statusCode(200).body("status", equalTo("enable"));
        String setting = as(token).when().post(BASE + "/profiles/" + id + "/sync-to-agent").then().statusCode(200)
                .extract().path("mcp_setting_id");

        // The same account id under another Composio user is not this profile.
        deliver(msgId(), now(), expired("ii-000000000000000000000000")).statusCode(200).body("outcome", equalTo("ignored"));
        profile(token, id).body("status", equalTo("enable"));

        String delivery = msgId();
        long signedAt = now();
        deliver(delivery, signedAt, expired(composioUser)).statusCode(200).body("received", equalTo(true))
                .body("outcome", equalTo("applied"));
        profile(token, id).body("status", equalTo("disconnected"));
        as(token).when().get("/v1/user-settings/mcp/" + setting).then().statusCode(200).body("is_active", equalTo(false));

        as(token).when().post(BASE + "/profiles/" + id + "/enable").then().statusCode(409) // disconnected stays so
                .body("code", equalTo("composio_connection_failed"));
        deliver(delivery, signedAt, expired(composioUser)).statusCode(200).body("outcome", equalTo("duplicate"));
    }

    @Test
    void givenBadDeliveries_thenTheyAreRefusedWithCodes_andTriggerEventsAreIgnored() throws Exception {
        String body = expired("ii-111111111111111111111111");
        long at = now();
        String id = msgId();
        given().header("webhook-id", id).header("webhook-timestamp", String.valueOf(at))
                .header("webhook-signature", "v1," + sign(id, at, body.replace("EXPIRED", "ACTIVE"))).body(body)
                .post(WEBHOOK).then().statusCode(400).body("code", equalTo("invalid_webhook_signature"));
        long stale = at - 600;
        deliver(id, stale, body).statusCode(400).body("code", equalTo("invalid_webhook_signature"));
        given().header("webhook-id", id).header("webhook-timestamp", "soon").header("webhook-signature", "v1," + sign(id, at, body))
                .body(body).post(WEBHOOK).then().statusCode(400).body("code", equalTo("invalid_webhook_signature"));
        given().body(body).post(WEBHOOK).then().statusCode(400).body("code", equalTo("invalid_webhook_signature"));
        given().header("webhook-id", id).header("webhook-timestamp", String.valueOf(at))
                .header("webhook-signature", "v1,not base64!").body(body).post(WEBHOOK).then().statusCode(400)
                .body("code", equalTo("invalid_webhook_signature"));
        deliver(msgId(), at, "not json").statusCode(400).body("code", equalTo("invalid_composio_request"));
        deliver(msgId(), at, "{\"data\": {}}").statusCode(400).body("code", equalTo("invalid_composio_request"));
        deliver(msgId(), at, "{\"id\": \"evt_1\", \"type\": \"composio.trigger.message\", \"data\": {\"id\": \"tr_1\"}}")
                .statusCode(200).body("outcome", equalTo("ignored"));
        // A rotation sends two signatures; the one made with our secret counts.
        String rotated = msgId();
        given().header("webhook-id", rotated).header("webhook-timestamp", String.valueOf(at))
                .header("webhook-signature", "v1,c29tZW9uZSBlbHNl v1," + sign(rotated, at, body)).body(body)
                .post(WEBHOOK).then().statusCode(200).body("outcome", equalTo("ignored"));
    }

    private static ValidatableResponse profile(String token, String id) {
        return as(token).when().get(BASE + "/profiles").then().statusCode(200).rootPath("profiles.find { it.id == '" + id + "' }");
    }

    private static ValidatableResponse deliver(String id, long timestamp, String body) throws Exception {
        return given().header("webhook-id", id).header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", "v1," + sign(id, timestamp, body)).contentType("application/json").body(body)
                .post(WEBHOOK).then();
    }

    private static String sign(String id, long timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(ComposioWebhookSecret.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static String expired(String composioUser) throws IOException {
        try (InputStream in = ComposioWebhookTest.class.getResourceAsStream(
                "/transcripts/composio/webhook-connected-account-expired.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("USER_ID", composioUser);
        }
    }

    private static String msgId() {
        return "msg_" + UUID.randomUUID();
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}
