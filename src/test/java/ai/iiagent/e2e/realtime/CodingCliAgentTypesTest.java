package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Codex and Claude Code end to end (issue 22): credentials stored sealed through the original's
 * routes, Claude Code's Anthropic OAuth code exchange on WireMock, and the {@code codex} /
 * {@code claude_code} agent types running their CLI (stand-in packages installed by the real npm
 * into the install directory, mounted into the real bubblewrap sandbox) against WireMock playing
 * the model APIs: the user's key reaches the model endpoint, the CLI's answer reaches the agent, the
 * file it wrote is in the workspace, and the key is nowhere the agent's own shell can see.
 */
@QuarkusTest
@TestProfile(CodingCliTestProfile.class)
class CodingCliAgentTypesTest {

    private static final Duration RUN = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @Test
    void givenCodexCredentials_thenTheyAreValidatedSealedAndOnlyTheOwnersSeeThem() throws Exception {
        String token = newAccessToken();
        as(token).body(Map.of()).post("/v1/user-settings/mcp/codex").then().statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("invalid_coding_cli_credentials"));
        as(token).body(Map.of("apikey", "sk-a", "auth_json", Map.of("OPENAI_API_KEY", "sk-b")))
                .post("/v1/user-settings/mcp/codex").then().statusCode(400);
        as(token).body(Map.of("apikey", "sk-a", "model_reasoning_effort", "extreme"))
                .post("/v1/user-settings/mcp/codex").then().statusCode(400);
        as(token).get("/v1/user-settings/mcp/codex").then().statusCode(200)
                .body("configured", org.hamcrest.Matchers.equalTo(false));

        String saved = as(token).body(Map.of("apikey", CodingCliStandIn.OPENAI_KEY, "model", "gpt-5-codex",
                "model_reasoning_effort", "high", "search", true)).post("/v1/user-settings/mcp/codex").then().statusCode(200)
                .body("configured", org.hamcrest.Matchers.equalTo(true))
                .body("credential_type", org.hamcrest.Matchers.equalTo("api_key"))
                .body("model_reasoning_effort", org.hamcrest.Matchers.equalTo("high")).extract().asString();
        assertThat(saved).doesNotContain(CodingCliStandIn.OPENAI_KEY);
        assertThat(as(token).get("/v1/user-settings/mcp/codex").then().statusCode(200).extract().asString())
                .doesNotContain(CodingCliStandIn.OPENAI_KEY).contains("gpt-5-codex");
        String stored = storedSecret(token);
        assertThat(stored).startsWith("v1:").doesNotContain(CodingCliStandIn.OPENAI_KEY).doesNotContain("sk-proj");

        String stranger = newAccessToken();
        as(stranger).get("/v1/user-settings/mcp/codex").then().statusCode(200)
                .body("configured", org.hamcrest.Matchers.equalTo(false));
        as(stranger).delete("/v1/user-settings/mcp/codex").then().statusCode(404)
                .body("code", org.hamcrest.Matchers.equalTo("coding_cli_not_configured"));

        as(token).body(Map.of("auth_json", Map.of("OPENAI_API_KEY", CodingCliStandIn.OPENAI_KEY, "tokens",
                Map.of()))).post("/v1/user-settings/mcp/codex").then().statusCode(200)
                .body("credential_type", org.hamcrest.Matchers.equalTo("auth_json"));
        as(token).delete("/v1/user-settings/mcp/codex").then().statusCode(204);
        as(token).get("/v1/user-settings/mcp/codex").then().body("configured", org.hamcrest.Matchers.equalTo(false));
        given().get("/v1/user-settings/mcp/codex").then().statusCode(401);
    }

    @Test
    void givenClaudeCodesSignIn_thenThePastedCodeIsExchangedWithPkce_onceAndOnlyForItsOwner() throws Exception {
        String token = newAccessToken();
        as(token).get("/v1/user-settings/mcp/claude-code").then().statusCode(200)
                .body("configured", org.hamcrest.Matchers.equalTo(true))
                .body("connected", org.hamcrest.Matchers.equalTo(false));
        Map<String, String> params = startClaudeCode(token);
        assertThat(params).containsEntry("code_challenge_method", "S256").containsEntry("response_type", "code")
                .containsEntry("client_id", "9d1c250a-e61b-44d9-88ed-5944d1962f5e")
                .containsEntry("redirect_uri", "https://console.anthropic.com/oauth/code/callback");
        String state = params.get("state");

        String stranger = newAccessToken();
        as(stranger).body(Map.of("authorization_code", "good-code#" + state)).post("/v1/user-settings/mcp/claude-code")
                .then().statusCode(400).body("code", org.hamcrest.Matchers.equalTo("oauth_state_mismatch"));

        String answer = as(token).body(Map.of("authorization_code", "good-code#" + state))
                .post("/v1/user-settings/mcp/claude-code").then().statusCode(200)
                .body("connected", org.hamcrest.Matchers.equalTo(true)).extract().asString();
        assertThat(answer).doesNotContain(CodingCliStandIn.ACCESS_TOKEN).doesNotContain(CodingCliStandIn.REFRESH_TOKEN);
        JsonNode exchanged = lastTokenRequest();
        assertThat(exchanged.path("state").asText()).isEqualTo(state);
        assertThat(exchanged.path("code").asText()).isEqualTo("good-code");
        assertThat(challenge(exchanged.path("code_verifier").asText())).isEqualTo(params.get("code_challenge"));

        as(token).body(Map.of("authorization_code", "good-code#" + state)).post("/v1/user-settings/mcp/claude-code")
                .then().statusCode(409).body("code", org.hamcrest.Matchers.equalTo("oauth_code_replayed"));
        String again = startClaudeCode(token).get("state");
        as(token).body(Map.of("authorization_code", "bad-code#" + again)).post("/v1/user-settings/mcp/claude-code")
                .then().statusCode(400).body("code", org.hamcrest.Matchers.equalTo("oauth_code_rejected"));
        as(stranger).get("/v1/user-settings/mcp/claude-code").then().body("connected", org.hamcrest.Matchers.equalTo(false));
        as(token).get("/v1/user-settings/mcp/claude-code").then().body("connected", org.hamcrest.Matchers.equalTo(true));
        as(token).delete("/v1/user-settings/mcp/claude-code").then().statusCode(204);
        as(token).get("/v1/user-settings/mcp/claude-code").then().body("connected", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void givenNpmAndTheCli_thenBothTypesAreAvailable_withTheirCliTools() {
        JsonPath types = as(newAccessToken()).get("/v1/agent-types").then().statusCode(200).extract().jsonPath();
        for (String id : List.of("codex", "claude_code")) {
            Map<String, Object> type = types.getMap("find { it.id == '" + id + "' }");
            assertThat(type).as(id).containsEntry("available", true).doesNotContainKey("unavailable_reason");
        }
    }

    @Test
    void givenCodexCredentials_whenTheCodexTypeRuns_thenTheCliWorksInTheSandboxOnTheUsersKey_andTheKeyStaysWithIt()
            throws Exception {
        String token = newAccessToken();
        as(token).body(Map.of("apikey", CodingCliStandIn.OPENAI_KEY, "model", "gpt-5-codex"))
                .post("/v1/user-settings/mcp/codex").then().statusCode(200);
        String id = newSession(token, "codex run");
        try (SocketClient client = joined(token, id)) {
            query(client, "codex", "mcp: codex {\"task\": \"Describe the project layout in CODEX_NOTES.md\"}");
            JsonNode call = event(client.await(named("agent.tool.call"), RUN)).path("content");
            assertThat(call.path("tool_name").asText()).isEqualTo("codex");
            JsonNode result = event(client.await(named("agent.tool.result"), RUN)).path("content");
            assertThat(result.path("is_error").asBoolean()).as(result.toString()).isFalse();
            assertThat(result.path("result").path("answer").asText())
                    .isEqualTo("Added CODEX_NOTES.md describing the project layout.");
            assertThat(result.path("result").path("transcript").asText())
                    .contains("--dangerously-bypass-approvals-and-sandbox").contains("-m gpt-5-codex");
            assertThat(result.toString()).doesNotContain(CodingCliStandIn.OPENAI_KEY);
            client.await(named("agent.complete"), RUN);

            query(client, "codex", "run: cat CODEX_NOTES.md; env; ls -a /tmp /opt; grep -rl sk-proj /workspace /tmp"
                    + " 2>/dev/null; echo done");
            JsonNode shell = event(client.await(m -> named("agent.tool.result").test(m)
                    && event(m).path("content").path("tool_name").asText().equals("Bash"), RUN)).path("content");
            String output = shell.toString();
            assertThat(output).contains("Added CODEX_NOTES.md").contains("done")
                    .doesNotContain(CodingCliStandIn.OPENAI_KEY).doesNotContain("coding-cli").doesNotContain("codex-home");
            client.await(named("agent.complete"), RUN);
        }
        CodingCliStandIn.server.verify(postRequestedFor(urlEqualTo("/v1/responses"))
                .withHeader("Authorization", equalTo("Bearer " + CodingCliStandIn.OPENAI_KEY)));
    }

    @Test
    void givenAConnectedClaudeAccount_whenTheClaudeCodeTypeRuns_thenTheCliUsesTheOAuthToken() throws Exception {
        String token = newAccessToken();
        String state = startClaudeCode(token).get("state");
        as(token).body(Map.of("authorization_code", "good-code#" + state)).post("/v1/user-settings/mcp/claude-code")
                .then().statusCode(200);
        String id = newSession(token, "claude code run");
        try (SocketClient client = joined(token, id)) {
            query(client, "claude_code", "mcp: claude_code {\"task\": \"Summarise the repository in CLAUDE_NOTES.md\"}");
            JsonNode result = event(client.await(named("agent.tool.result"), RUN)).path("content");
            assertThat(result.path("tool_name").asText()).isEqualTo("claude_code");
            assertThat(result.path("is_error").asBoolean()).as(result.toString()).isFalse();
            assertThat(result.path("result").path("answer").asText())
                    .isEqualTo("Wrote CLAUDE_NOTES.md with a summary of the repository.");
            assertThat(result.toString()).doesNotContain(CodingCliStandIn.ACCESS_TOKEN);
            client.await(named("agent.complete"), RUN);
        }
        CodingCliStandIn.server.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                .withHeader("Authorization", equalTo("Bearer " + CodingCliStandIn.ACCESS_TOKEN)));
    }

    @Test
    void givenNoCredentials_whenTheCodexToolRuns_thenTheModelIsToldToAskTheUser() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "codex without key");
        try (SocketClient client = joined(token, id)) {
            query(client, "codex", "mcp: codex {\"task\": \"anything\"}");
            JsonNode result = event(client.await(named("agent.tool.result"), RUN)).path("content");
            assertThat(result.path("is_error").asBoolean()).isTrue();
            assertThat(result.toString()).contains("has not set up Codex");
            client.await(named("agent.complete"), RUN);
        }
    }

    private String storedSecret(String token) throws Exception {
        String userId = as(token).get("/auth/me").then().statusCode(200).extract().path("id");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select encrypted_secret from codex_credentials where user_id = ?::uuid")) {
            statement.setString(1, userId);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }

    private static Map<String, String> startClaudeCode(String token) {
        String url = as(token).get("/v1/user-settings/mcp/claude-code/auth-url").then().statusCode(200)
                .extract().path("auth_url");
        assertThat(url).startsWith("https://claude.ai/oauth/authorize?");
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static JsonNode lastTokenRequest() throws Exception {
        var requests = CodingCliStandIn.server.findAll(postRequestedFor(urlEqualTo("/v1/oauth/token")));
        return JSON.readTree(requests.get(requests.size() - 1).getBodyAsString());
    }

    private static String challenge(String verifier) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static SocketClient joined(String token, String id) throws InterruptedException {
        SocketClient client = nativeClient(token);
        join(client, id, 0);
        client.await(named("connection.established"), Realtime.WAIT);
        return client;
    }

    private static void query(SocketClient client, String type, String text) {
        client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query", "text", text,
                "agent_type", type, "auto_approve", true))));
    }
}
