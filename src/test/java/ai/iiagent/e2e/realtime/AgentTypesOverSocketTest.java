package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.agents.AgentTypes;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Agent types over /ws with the offline model: "work on: TOPIC" makes it call the lead tool of the
 * run's type (OfflineScript.LEAD_TOOLS), so each type shows its own tool set; unknown and unavailable
 * types are refused before anything runs or is billed. The web search provider is the SearXNG stand-in.
 */
@QuarkusTest
@WithTestResource(WebStandIn.class)
class AgentTypesOverSocketTest {

    /**
     * The lead tool each available type calls today; the research types switch to web_batch_search
     * and deep_research to sub_agent_task once those tools are registered (both are accepted).
     */
    private static final Map<String, Set<String>> LEAD_TOOL = Map.of(
            "general", Set.of("Bash"),
            "researcher", Set.of("web_search", "web_batch_search"),
            "fast_research", Set.of("Bash", "web_batch_search"),
            "deep_research", Set.of("Bash", "web_batch_search", "sub_agent_task"),
            "design_document", Set.of("Write"),
            "task_agent", Set.of("TodoWrite"),
            "media", Set.of("TodoWrite"),
            "website_build", Set.of("Bash"),
            "slide", Set.of("SlideWrite"),
            "slide_nano_banana", Set.of("SlideGenerate"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"general", "researcher", "fast_research", "deep_research", "design_document", "task_agent",
            "media", "website_build", "slide", "slide_nano_banana"})
    void givenAnAvailableType_whenQueried_thenItsLeadToolRuns_andTheSessionShowsTheType(String type) throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "type " + type);
        try (SocketClient client = joined(token, id)) {
            send(client, "query", type, "work on: java virtual threads");

            JsonNode call = event(client.await(named("agent.tool.call"), WAIT)).path("content");
            String tool = call.path("tool_name").asText();
            assertThat(LEAD_TOOL.get(type)).as(type).contains(tool);
            assertThat(AgentTypes.find(type).orElseThrow().tools()).as("the tool is one of the type's").contains(tool);
            JsonNode result = event(client.await(named("agent.tool.result"), WAIT)).path("content");
            assertThat(result.path("tool_name").asText()).isEqualTo(tool);
            assertThat(result.path("is_error").asBoolean()).as(result.toString()).isFalse();
            client.await(named("agent.complete"), WAIT);
        }
        given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + id).then().statusCode(200)
                .body("agent_type", org.hamcrest.Matchers.equalTo(type));
    }

    @Test
    void givenUnknownOrUnavailableTypes_thenQueryAndPlanAreRefused_andNothingRunsOrIsBilled_butGeneralRuns()
            throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "refused types");
        try (SocketClient client = joined(token, id)) {
            for (String[] refusal : new String[][] {{"query", "wizard", "agent_type_unknown"},
                    {"plan", "wizard", "agent_type_unknown"}, {"query", "codex", "agent_type_unavailable"},
                    {"plan", "codex", "agent_type_unavailable"}, {"query", "claude_code", "agent_type_unavailable"}}) {
                send(client, refusal[0], refusal[1], "work on: java virtual threads");
                JsonNode error = event(client.await(named("system.error"), WAIT)).path("content");
                assertThat(error.path("code").asText()).as(String.join(" ", refusal)).isEqualTo(refusal[2]);
                assertThat(error.path("message").asText()).contains(refusal[1]);
                if (refusal[1].equals("codex")) {
                    assertThat(error.path("message").asText()).contains("Codex CLI cannot be installed: npm");
                }
            }
            JsonPath events = given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + id + "/events")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(events.getList("events.name", String.class)).doesNotContain("session.user_message",
                    "agent.processing");
            assertThat(given().header("Authorization", "Bearer " + token).queryParam("transaction_type",
                    "reservation_hold").get("/v1/credits/history").then().extract().jsonPath()
                    .getList("transactions.id", String.class)).as("nothing was reserved").isEmpty();
            given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + id).then()
                    .body("agent_type", org.hamcrest.Matchers.equalTo("general"));

            send(client, "query", "general", "hello there");
            client.await(named("agent.complete"), WAIT);
        }
        assertThat(given().header("Authorization", "Bearer " + token).queryParam("transaction_type",
                "reservation_hold").get("/v1/credits/history").then().extract().jsonPath()
                .getList("transactions.id", String.class)).hasSize(1);
    }

    @Test
    void givenAQueryWithoutAType_thenTheSessionsStoredTypeRuns_andAPlanKeepsItsType() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "stored type");
        try (SocketClient client = joined(token, id)) {
            send(client, "plan", "design_document", "a design doc for a cache: goals, design, risks");
            client.await(named("agent.complete"), WAIT);
            send(client, "query", null, "work on: cache design");
            assertThat(event(client.await(named("agent.tool.call"), WAIT)).path("content").path("tool_name").asText())
                    .isEqualTo("Write");
            client.await(named("agent.complete"), WAIT);
        }
        given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + id).then()
                .body("agent_type", org.hamcrest.Matchers.equalTo("design_document"));
    }

    @Test
    void givenASignedInUser_thenAgentTypesListsAllFifteen_withReasonsForTheUnavailable_andStrangersGet401() {
        String token = newAccessToken();
        JsonPath types = given().header("Authorization", "Bearer " + token).get("/v1/agent-types").then()
                .statusCode(200).extract().jsonPath();
        assertThat(types.getList("id", String.class)).hasSize(15).contains("general", "deep_research", "media",
                "codex");
        assertThat(types.getList("findAll { it.available }.id", String.class)).containsExactlyInAnyOrder("general",
                "researcher", "fast_research", "deep_research", "design_document", "task_agent", "browser", "media",
                "website_build", "research_to_website", "slide", "slide_nano_banana", "mobile_app");
        Map<String, Object> mobile = types.getMap("find { it.id == 'mobile_app' }");
        assertThat(mobile).containsEntry("available", true).containsEntry("name", "Mobile app")
                .doesNotContainKey("unavailable_reason");
        for (String cli : new String[] {"codex", "claude_code"}) { // the test profile has no npm (CodingCliTestProfile has)
            Map<String, Object> type = types.getMap("find { it.id == '" + cli + "' }");
            assertThat(type).containsEntry("available", false);
            assertThat((String) type.get("unavailable_reason")).contains("cannot be installed").contains("npm");
        }
        Map<String, Object> general = types.getMap("find { it.id == 'general' }");
        assertThat(general).containsEntry("available", true).doesNotContainKey("unavailable_reason");
        assertThat((String) general.get("description")).isNotBlank();
        given().get("/v1/agent-types").then().statusCode(401);
    }

    private static SocketClient joined(String token, String id) throws InterruptedException {
        SocketClient client = nativeClient(token);
        join(client, id, 0);
        client.await(named("connection.established"), WAIT);
        return client;
    }

    private static void send(SocketClient client, String command, String type, String text) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("command", command);
        content.put("text", text);
        content.put("auto_approve", true);
        if (type != null) {
            content.put("agent_type", type);
        }
        client.send(Map.of("type", "chat_message", "data", Map.of("content", content)));
    }
}
