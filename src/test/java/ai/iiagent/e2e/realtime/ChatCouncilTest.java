package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.e2e.chat.ChatSse;
import ai.iiagent.e2e.chat.ChatSse.Event;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Council mode: three models answer side by side (gpt-4o-mini on the OpenAI stand-in, a user's own
 * model on the same WireMock that fails with a 500, and the offline model), each streamed with its
 * model id; the failing one is reported without failing the turn; the synthesis model (gpt-4o-mini)
 * reads the others' answers and writes the answer; every model call is held and settled on its own.
 */
@QuarkusTest
@WithTestResource(OpenAiStandIn.class)
class ChatCouncilTest {

    @Test
    void givenThreeModels_thenTheyAnswerSideBySide_oneFailingIsReported_andTheSynthesisAnswers_eachBilled() {
        String marker = "cm-" + UUID.randomUUID();
        OpenAiStandIn.server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.model", equalTo("broken-model")))
                .willReturn(aResponse().withStatus(500).withHeader("content-type", "application/json")
                        .withBody("{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}")));
        OpenAiStandIn.server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(containing(marker)).withRequestBody(containing("<council>"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini")))
                .willReturn(sse("chat-answer.sse")));
        OpenAiStandIn.server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(2)
                .withRequestBody(containing(marker)).willReturn(sse("council-member.sse")));
        String token = newAccessToken();
        String broken = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("provider", "openai_compatible", "model_id", "broken-model", "display_name", "Broken",
                        "base_url", OpenAiStandIn.server.baseUrl() + "/v1", "api_key", "sk-users-own-key"))
                .post("/v1/user-settings/models").then().statusCode(201).extract().path("id");

        List<Event> events = ChatSse.parse(send(token, Map.of("content", marker, "model_id", "gpt-4o-mini",
                "council", Map.of("models", List.of("gpt-4o-mini", broken, "offline-demo")))));

        List<Event> members = events.stream().filter(e -> e.name().equals("council_member")).toList();
        assertThat(members.stream().filter(e -> "start".equals(e.get("status"))).map(e -> e.get("model_id")))
                .containsExactlyInAnyOrder("gpt-4o-mini", "broken-model", "offline-demo");
        assertThat(members.stream().filter(e -> "complete".equals(e.get("status"))).map(e -> e.get("model_id")))
                .containsExactlyInAnyOrder("gpt-4o-mini", "offline-demo");
        Event failed = members.stream().filter(e -> "error".equals(e.get("status"))).findFirst().orElseThrow();
        assertThat(failed.get("model_id")).isEqualTo("broken-model");
        assertThat(failed.get("code")).isEqualTo("llm_provider_error");
        String gptSaid = String.join("", members.stream().filter(e -> "delta".equals(e.get("status"))
                && "gpt-4o-mini".equals(e.get("model_id"))).map(e -> (String) e.get("delta")).toList());
        assertThat(gptSaid).isEqualTo("Member view: it is 42.");
        Event synthesis = events.stream().filter(e -> e.name().equals("council_synthesis")).findFirst().orElseThrow();
        assertThat(synthesis.get("model_id")).isEqualTo("gpt-4o-mini");
        assertThat(events.indexOf(synthesis)).isGreaterThan(events.indexOf(members.getLast()));
        String answer = String.join("", events.stream().filter(e -> e.name().equals("content")
                && "delta".equals(e.get("status"))).map(e -> (String) e.get("delta")).toList());
        assertThat(answer).isEqualTo(" The answer is 42.");
        assertThat(events).extracting(Event::name).doesNotContain("error");
        assertThat(events.getLast().get("finish_reason")).isEqualTo("stop");

        List<LoggedRequest> synthesisRequests = OpenAiStandIn.server.findAll(postRequestedFor(
                urlEqualTo("/v1/chat/completions")).withRequestBody(containing(marker))
                .withRequestBody(containing("<council>")));
        assertThat(synthesisRequests).hasSize(1);
        assertThat(synthesisRequests.getFirst().getBodyAsString()).contains("Member view: it is 42.")
                .contains("Offline demo model here").contains("failed=\\\"true\\\"");

        JsonPath holds = given().header("Authorization", "Bearer " + token).queryParam("transaction_type",
                "reservation_hold").get("/v1/credits/history").then().statusCode(200).extract().jsonPath();
        assertThat(holds.getList("transactions.model_id", String.class)).contains("offline-demo")
                .filteredOn("gpt-4o-mini"::equals).hasSize(2);
        String sessionId = (String) events.getFirst().get("session_id");
        given().header("Authorization", "Bearer " + token).get("/v1/chat/conversations/" + sessionId).then()
                .statusCode(200).body("messages[1].content", org.hamcrest.Matchers.equalTo(" The answer is 42."));
    }

    @Test
    void givenOneOrElevenModels_orAnUnknownOne_thenTheCouncilIsRefused_beforeAnySessionIsMade() {
        String token = newAccessToken();
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("content", "hi", "council", Map.of("models", List.of("gpt-4o-mini"))))
                .post("/v1/chat/conversations").then().statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("invalid_council"));
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("content", "hi", "council", Map.of("models", java.util.stream.IntStream.range(0, 11)
                        .mapToObj(i -> "m" + i).toList())))
                .post("/v1/chat/conversations").then().statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("invalid_council"));
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("content", "hi", "council", Map.of("models", List.of("gpt-4o-mini", "no-such-model"))))
                .post("/v1/chat/conversations").then().statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("unknown_model"));
        given().header("Authorization", "Bearer " + token).get("/v1/sessions").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));
    }

    private static String send(String token, Map<String, Object> body) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).accept("text/event-stream")
                .body(body).post("/v1/chat/conversations").then().statusCode(200).extract().asString();
    }

    private static ResponseDefinitionBuilder sse(String name) {
        try (InputStream in = ChatCouncilTest.class.getResourceAsStream("/transcripts/openai-chat/" + name)) {
            return aResponse().withStatus(200).withHeader("content-type", "text/event-stream")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
