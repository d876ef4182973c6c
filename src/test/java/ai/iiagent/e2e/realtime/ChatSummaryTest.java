package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Summaries of long chats (compaction as in agent runs), with the summary threshold set so low that any
 * history is "long": the second message first has the model summarise the first exchange (a billed call
 * of its own, streamed as {@code summary} events), and its answer, and the next one, get the summary in
 * place of the messages it covers.
 */
@QuarkusTest
@WithTestResource(SummarisingOpenAiStandIn.class)
class ChatSummaryTest {

    @Test
    void givenALongConversation_thenItIsSummarised_andLaterTurnsSendTheSummaryInsteadOfTheOldMessages() {
        String marker = "sum-" + UUID.randomUUID();
        OpenAiStandIn.server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(containing(marker)).withRequestBody(containing("Write the summary now."))
                .willReturn(sse("chat-summary.sse")));
        OpenAiStandIn.server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(2)
                .withRequestBody(containing(marker)).willReturn(sse("chat-answer.sse")));
        String token = newAccessToken();
        List<Event> first = ChatSse.parse(send(token, Map.of("content", "alpha llamas " + marker)));
        assertThat(first).extracting(Event::name).doesNotContain("summary", "error");
        String sessionId = (String) first.getFirst().get("session_id");

        List<Event> second = ChatSse.parse(send(token, Map.of("content", "beta " + marker, "session_id", sessionId)));

        assertThat(second.stream().filter(e -> e.name().equals("summary")).map(e -> e.get("status")))
                .containsExactly("start", "done");
        assertThat(second.stream().filter(e -> e.name().equals("summary")).toList().getLast().get("content"))
                .isEqualTo("The user asked about llamas.");
        assertThat(second.getLast().get("finish_reason")).isEqualTo("stop");
        List<LoggedRequest> answers = OpenAiStandIn.server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("beta " + marker)));
        assertThat(answers).as("the summary request holds the old messages, not the new one").hasSize(1);
        String answering = answers.getFirst().getBodyAsString();
        assertThat(answering).contains("Summary of the conversation so far:\\nThe user asked about llamas.")
                .doesNotContain("alpha llamas");
        List<LoggedRequest> summaries = OpenAiStandIn.server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("alpha llamas " + marker)).withRequestBody(containing("Write the summary now.")));
        assertThat(summaries).hasSize(1);
        assertThat(given().header("Authorization", "Bearer " + token).queryParam("transaction_type", "reservation_hold")
                .get("/v1/credits/history").then().extract().jsonPath().getList("transactions.session_id")).hasSize(3);

        send(token, Map.of("content", "gamma " + marker, "session_id", sessionId));
        String third = OpenAiStandIn.server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("gamma " + marker))).stream().map(LoggedRequest::getBodyAsString)
                .filter(body -> !body.contains("Write the summary now.")).findFirst().orElseThrow();
        assertThat(third).contains("Summary of the conversation so far:").doesNotContain("alpha llamas")
                .doesNotContain("beta " + marker);
    }

    private static String send(String token, Map<String, Object> body) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).accept("text/event-stream")
                .body(body).post("/v1/chat/conversations").then().statusCode(200).extract().asString();
    }

    private static ResponseDefinitionBuilder sse(String name) {
        try (InputStream in = ChatSummaryTest.class.getResourceAsStream("/transcripts/openai-chat/" + name)) {
            return aResponse().withStatus(200).withHeader("content-type", "text/event-stream")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
