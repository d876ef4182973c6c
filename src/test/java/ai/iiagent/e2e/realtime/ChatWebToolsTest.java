package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.e2e.chat.ChatSse;
import ai.iiagent.e2e.chat.ChatSse.Event;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Chat's web tools (web_search, image_search, web_visit with a prompt) with the offline model, against a
 * SearXNG and a web site played by WireMock: each call streams as tool_call/tool_result, its result
 * reaches the answer, and paid calls are held through the reservation path like the agent's.
 */
@QuarkusTest
@WithTestResource(WebStandIn.class)
class ChatWebToolsTest {

    @Test
    void givenASearchRequest_thenWebSearchRuns_andItsResultsReachTheAnswer_andTheCallIsHeldAndBilled() {
        String token = newAccessToken();

        List<Event> events = ChatSse.parse(send(token, Map.of("content", "search: java virtual threads")));

        Event call = stopped(events);
        assertThat(call.get("name")).isEqualTo("web_search");
        assertThat(call.data()).extracting("input").isEqualTo(Map.of("query", "java virtual threads"));
        Event result = single(events, "tool_result");
        assertThat(result.get("is_error")).isEqualTo(false);
        assertThat((String) result.get("output")).contains("https://openjdk.org/jeps/444");
        assertThat(answer(events)).contains("JEP 444: Virtual Threads");
        assertThat(events.getLast().get("finish_reason")).isEqualTo("stop");
        WebStandIn.server.verify(getRequestedFor(urlPathEqualTo("/search")));
        JsonPath holds = given().header("Authorization", "Bearer " + token).queryParam("transaction_type",
                "reservation_hold").get("/v1/credits/history").then().statusCode(200).extract().jsonPath();
        // $0.003 per search = 0.2 credits, held before the call like each model turn
        assertThat(holds.getList("transactions.findAll { it.tool_name == 'web_search' }.amount", Float.class))
                .containsExactly(-0.2f);
    }

    @Test
    void givenAnImageRequest_thenImageSearchFindsThem() {
        List<Event> events = ChatSse.parse(send(newAccessToken(), Map.of("content", "images: aurora borealis")));

        assertThat(stopped(events).get("name")).isEqualTo("image_search");
        Event result = single(events, "tool_result");
        assertThat(result.get("is_error")).isEqualTo(false);
        assertThat((String) result.get("output")).contains("1920");
    }

    @Test
    void givenAVisitWithAPrompt_thenWebVisitExtractsWhatWasAsked_fromThePage() {
        String url = WebStandIn.base() + "/blog/threads";

        List<Event> events = ChatSse.parse(send(newAccessToken(),
                Map.of("content", "visit: " + url + " ask: what changes with virtual threads")));

        Event call = stopped(events);
        assertThat(call.get("name")).isEqualTo("web_visit");
        assertThat(call.data()).extracting("input")
                .isEqualTo(Map.of("url", url, "prompt", "what changes with virtual threads"));
        Event result = single(events, "tool_result");
        assertThat(result.get("is_error")).as("%s", result).isEqualTo(false);
        assertThat(((String) result.get("output")).toLowerCase()).contains("virtual threads");
        assertThat(events.getLast().name()).isEqualTo("complete");
    }

    @Test
    void givenAVisitToTheMetadataAddress_thenItIsRefused_andTheAnswerStillCompletes() {
        List<Event> events = ChatSse.parse(send(newAccessToken(),
                Map.of("content", "visit: " + WebStandIn.base() + "/innocent-link")));

        Event result = single(events, "tool_result");
        assertThat(result.get("is_error")).isEqualTo(true);
        assertThat((String) result.get("output")).contains("refused").contains("cloud metadata");
        assertThat(events.getLast().get("finish_reason")).isEqualTo("stop");
    }

    @Test
    void givenWebSearchSwitchedOff_thenItIsNotOffered_andTheModelAnswersWithoutIt() {
        List<Event> events = ChatSse.parse(send(newAccessToken(), Map.of("content", "search: java virtual threads",
                "tools", Map.of("web_search", false))));

        assertThat(events).extracting(Event::name).doesNotContain("tool_call", "error").contains("complete");
    }

    private static Event stopped(List<Event> events) {
        return events.stream().filter(e -> e.name().equals("tool_call") && "stop".equals(e.get("status"))).findFirst()
                .orElseThrow(() -> new AssertionError("no tool_call stop in " + events));
    }

    private static Event single(List<Event> events, String name) {
        List<Event> found = events.stream().filter(e -> e.name().equals(name)).toList();
        assertThat(found).as("%s events in %s", name, events).hasSize(1);
        return found.getFirst();
    }

    private static String answer(List<Event> events) {
        return String.join("", events.stream().filter(e -> e.name().equals("content") && "delta".equals(e.get("status")))
                .map(e -> (String) e.get("delta")).toList());
    }

    private static String send(String token, Map<String, Object> body) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).accept("text/event-stream")
                .body(body).post("/v1/chat/conversations").then().statusCode(200).extract().asString();
    }
}
