package ai.iiagent.adapter.llm.anthropic;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.port.out.llm.LlmCallFailedException;
import ai.iiagent.port.out.llm.LlmEndpoint;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.Role;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmStreamListener;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.port.out.llm.ToolSpec;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Anthropic Messages adapter against WireMock serving Messages API SSE transcripts. */
class AnthropicMessagesLlmTest {

    private static final String PATH = "/v1/messages";
    private static final ToolSpec WEATHER = new ToolSpec("get_weather", "Weather now", Map.of("type", "object",
            "properties", Map.of("location", Map.of("type", "string"))));

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final List<String> deltas = new ArrayList<>();
    private final List<String> thinking = new ArrayList<>();
    private AnthropicMessagesLlm llm;

    @BeforeEach
    void start() {
        server.start();
        llm = adapter(0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void givenATextStream_thenDeltasArriveInOrder_andCacheReadsAndWritesAreCountedApart() {
        stub("text.sse");

        LlmTurn turn = llm.stream(request(List.of(Message.user("hi")), List.of(), 512), null, listener(false));

        assertThat(deltas).containsExactly("Hello", " from", " Claude.");
        assertThat(turn.text()).isEqualTo("Hello from Claude.");
        assertThat(turn.finishReason()).isEqualTo("stop");
        assertThat(turn.toolCalls()).isEmpty();
        assertThat(turn.usage()).isEqualTo(new TokenUsage(412, 12, 8192, 1536, 0));
        server.verify(postRequestedFor(urlEqualTo(PATH))
                .withHeader("x-api-key", equalTo("sk-ant-test-key"))
                .withHeader("anthropic-version", equalTo("2023-06-01"))
                .withHeader("content-type", equalTo("application/json"))
                .withHeader("authorization", absent())
                .withRequestBody(matchingJsonPath("$.model", equalTo("claude-sonnet-4-5")))
                .withRequestBody(matchingJsonPath("$.max_tokens", equalTo("512")))
                .withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.thinking", absent())));
    }

    @Test
    void givenAUsersOwnEndpoint_thenItsKeyIsSent() {
        stub("text.sse");
        LlmRequest own = new LlmRequest("anthropic", "claude-sonnet-4-5", new LlmEndpoint(server.baseUrl() + "/", "sk-ant-user"),
                List.of(Message.user("hi")), List.of(), 64);

        llm.stream(own, null, listener(false));

        server.verify(postRequestedFor(urlEqualTo(PATH)).withHeader("x-api-key", equalTo("sk-ant-user")));
    }

    @Test
    void givenParallelToolUseStreamedAsJsonFragments_thenEachCallIsReassembledWithItsArguments() {
        stub("parallel-tool-use.sse");

        LlmTurn turn = llm.stream(request(List.of(Message.user("weather in Paris and Tokyo?")), List.of(WEATHER), 512),
                null, listener(false));

        assertThat(turn.finishReason()).isEqualTo("tool_calls");
        assertThat(turn.text()).isEqualTo("I'll check both cities.");
        assertThat(turn.toolCalls()).containsExactly(
                new ToolCall("toolu_01T1x1fJ34qAmk2tNTrN7Up6", "get_weather", Map.of("location", "Paris")),
                new ToolCall("toolu_01VxMT6wBo1Bbmq8ELqXq3kz", "get_weather", Map.of("location", "Tokyo", "unit", "c")));
        assertThat(turn.usage()).isEqualTo(new TokenUsage(472, 89, 0, 0, 0));
        server.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"tools":[{"name":"get_weather","description":"Weather now",
                  "input_schema":{"type":"object","properties":{"location":{"type":"string"}}}}]}""", true, true)));
    }

    @Test
    void givenHistoryWithParallelToolResults_thenTheyShareOneUserMessage_andNoOutputCapMeansTheDefault() {
        stub("text.sse");
        List<Message> messages = List.of(Message.system("be brief"), Message.user("weather?"),
                Message.assistant("Checking.", null, List.of(new ToolCall("toolu_1", "get_weather", Map.of("location", "Oslo")),
                        new ToolCall("toolu_2", "get_weather", Map.of("location", "Rome")))),
                Message.toolResult("toolu_1", "get_weather", "-3 C", false),
                Message.toolResult("toolu_2", "get_weather", "station offline", true),
                Message.user("and tomorrow?"));

        llm.stream(request(messages, List.of(), 0), null, listener(false));

        server.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"model":"claude-sonnet-4-5","max_tokens":1000,"system":"be brief","stream":true,"messages":[
                 {"role":"user","content":[{"type":"text","text":"weather?"}]},
                 {"role":"assistant","content":[{"type":"text","text":"Checking."},
                   {"type":"tool_use","id":"toolu_1","name":"get_weather","input":{"location":"Oslo"}},
                   {"type":"tool_use","id":"toolu_2","name":"get_weather","input":{"location":"Rome"}}]},
                 {"role":"user","content":[
                   {"type":"tool_result","tool_use_id":"toolu_1","content":"-3 C","is_error":false},
                   {"type":"tool_result","tool_use_id":"toolu_2","content":"station offline","is_error":true},
                   {"type":"text","text":"and tomorrow?"}]}]}""")));
    }

    @Test
    void givenThinking_thenItStreamsAsReasoning_andStaysInsideOutputTokens() {
        llm = adapter(2048);
        stub("thinking.sse");

        LlmTurn turn = llm.stream(request(List.of(Message.user("2+2?")), List.of(), 4096), null, listener(false));

        assertThat(thinking).containsExactly("The user asks 2+2.", " That is 4.");
        assertThat(turn.reasoning()).isEqualTo("The user asks 2+2. That is 4.");
        assertThat(turn.text()).isEqualTo("4");
        assertThat(turn.usage()).isEqualTo(new TokenUsage(38, 47, 0, 0, 0));
        server.verify(postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.thinking.type", equalTo("enabled")))
                .withRequestBody(matchingJsonPath("$.thinking.budget_tokens", equalTo("2048"))));
    }

    @Test
    void givenAThinkingBudgetAboveTheOutputCap_thenItIsClipped_orDroppedBelowTheApiMinimum() {
        llm = adapter(2048);
        stub("text.sse");

        llm.stream(request(List.of(Message.user("a")), List.of(), 1500), null, listener(false));
        llm.stream(request(List.of(Message.user("b")), List.of(), 1000), null, listener(false));

        server.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.messages[0].content[0].text", equalTo("a")))
                .withRequestBody(matchingJsonPath("$.thinking.budget_tokens", equalTo("1499"))));
        server.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.messages[0].content[0].text", equalTo("b")))
                .withRequestBody(matchingJsonPath("$.thinking", absent())));
    }

    @Test
    void givenThinkingBeforeAToolCall_thenTheSignedBlockLeadsTheAssistantMessageWithTheToolResult() {
        llm = adapter(2048);
        stub("thinking-tool-use.sse");
        List<Message> history = new ArrayList<>(List.of(Message.user("weather in Oslo?")));
        LlmTurn first = llm.stream(request(history, List.of(WEATHER), 4096), null, listener(false));
        history.add(first.asMessage());
        history.add(Message.toolResult("toolu_01Oslo7GhQk2mVt5sNwXe8Rb", "get_weather", "-3 C", false));
        server.resetRequests();

        adapter(2048).stream(request(history, List.of(WEATHER), 4096), null, listener(false)); // a fresh instance: no memory

        assertThat(first.toolCalls()).containsExactly(new ToolCall("toolu_01Oslo7GhQk2mVt5sNwXe8Rb", "get_weather",
                Map.of("location", "Oslo")));
        server.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"thinking":{"type":"enabled","budget_tokens":2048},"messages":[
                 {"role":"user","content":[{"type":"text","text":"weather in Oslo?"}]},
                 {"role":"assistant","content":[
                   {"type":"thinking","thinking":"I need the weather in Oslo.","signature":"ErUBCkYIBRgCIkDm3UGnq5cP7xLw0Qw2Xb8Y"},
                   {"type":"tool_use","id":"toolu_01Oslo7GhQk2mVt5sNwXe8Rb","name":"get_weather","input":{"location":"Oslo"}}]},
                 {"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_01Oslo7GhQk2mVt5sNwXe8Rb",
                   "content":"-3 C","is_error":false}]}]}""", false, true)));
    }

    @Test
    void givenATurnWithSignedThinking_thenItsProviderDataHoldsTheBlocksAsSigned_andAStoredCopyReplaysThem() throws Exception {
        llm = adapter(2048);
        stub("thinking-tool-use.sse");
        LlmTurn first = llm.stream(request(List.of(Message.user("weather in Oslo?")), List.of(WEATHER), 4096), null,
                listener(false));

        String stored = first.providerData().get("anthropic");
        assertThat(new ObjectMapper().readTree(stored)).isEqualTo(new ObjectMapper().readTree("""
                [{"type":"thinking","thinking":"I need the weather in Oslo.","signature":"ErUBCkYIBRgCIkDm3UGnq5cP7xLw0Qw2Xb8Y"}]"""));
        // As memory reloads it after a restart: the same text, read back into a new message, sent by a new adapter.
        Message reloaded = new Message(Role.ASSISTANT, "", first.reasoning(), first.toolCalls(), null, null, false,
                Map.of("anthropic", stored));
        server.resetRequests();
        stub("text.sse");
        adapter(2048).stream(request(List.of(Message.user("weather in Oslo?"), reloaded,
                Message.toolResult("toolu_01Oslo7GhQk2mVt5sNwXe8Rb", "get_weather", "-3 C", false)), List.of(WEATHER),
                4096), null, listener(false));

        server.verify(postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.thinking.budget_tokens", equalTo("2048")))
                .withRequestBody(matchingJsonPath("$.messages[1].content[0].signature",
                        equalTo("ErUBCkYIBRgCIkDm3UGnq5cP7xLw0Qw2Xb8Y")))
                .withRequestBody(matchingJsonPath("$.messages[1].content[1].type", equalTo("tool_use"))));
    }

    @Test
    void givenAToolLoopWhoseSignedThinkingIsUnknown_thenThinkingIsLeftOffForThatRequest() {
        llm = adapter(2048);
        stub("text.sse");
        List<Message> history = List.of(Message.user("weather in Oslo?"),
                Message.assistant("", "thought before a restart", List.of(new ToolCall("toolu_x", "get_weather", Map.of()))),
                Message.toolResult("toolu_x", "get_weather", "-3 C", false));

        llm.stream(request(history, List.of(WEATHER), 4096), null, listener(false));

        server.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.thinking", absent()))
                .withRequestBody(matchingJsonPath("$.messages[1].content[0].type", equalTo("tool_use"))));
    }

    @Test
    void givenRateLimitAndOverload_thenRetriedWithBackoff_andTheStreamThatFollowsIsUsed() {
        server.stubFor(post(urlEqualTo(PATH)).inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("retry-after", "0")
                        .withHeader("content-type", "application/json").withBody(read("rate-limited.json")))
                .willSetStateTo("overloaded"));
        server.stubFor(post(urlEqualTo(PATH)).inScenario("limited").whenScenarioStateIs("overloaded")
                .willReturn(aResponse().withStatus(529).withBody(read("overloaded.json"))).willSetStateTo("ok"));
        server.stubFor(post(urlEqualTo(PATH)).inScenario("limited").whenScenarioStateIs("ok").willReturn(sse("text.sse")));

        assertThat(llm.stream(request(List.of(Message.user("hi")), List.of(), 64), null, listener(false)).text())
                .isEqualTo("Hello from Claude.");
        server.verify(3, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void givenPersistentRateLimits_thenAClearUpstreamError_afterTheLastAttempt() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429).withBody(read("rate-limited.json"))));

        assertThatThrownBy(() -> llm.stream(request(List.of(Message.user("hi")), List.of(), 64), null, listener(false)))
                .isInstanceOf(UpstreamFailureException.class).isNotInstanceOf(LlmCallFailedException.class)
                .hasMessageContaining("429").hasMessageContaining("rate_limit_error");
        server.verify(3, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void givenABadRequest_thenNotRetried() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(400).withBody(read("invalid-request.json"))));

        assertThatThrownBy(() -> llm.stream(request(List.of(Message.user("hi")), List.of(), 64), null, listener(false)))
                .isInstanceOf(UpstreamFailureException.class).hasMessageContaining("invalid_request_error");
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void givenAnOverloadedErrorEventMidStream_thenACleanFailureWithTheUsageSoFar() {
        stub("error-event.sse");

        assertThatThrownBy(() -> llm.stream(request(List.of(Message.user("hi")), List.of(), 64), null, listener(false)))
                .isInstanceOfSatisfying(LlmCallFailedException.class, failure -> {
                    assertThat(failure.getMessage()).contains("overloaded_error").contains("Overloaded");
                    // input as message_start reported it, output estimated from the 27 characters streamed
                    assertThat(failure.usageSoFar()).isEqualTo(new TokenUsage(25, 7, 0, 0, 0));
                });
        assertThat(deltas).containsExactly("Partial answer that goes on");
    }

    @Test
    void givenAStreamThatStopsWithoutMessageStop_thenACleanFailure() {
        stub("truncated.sse");

        assertThatThrownBy(() -> llm.stream(request(List.of(Message.user("hi")), List.of(), 64), null, listener(false)))
                .isInstanceOfSatisfying(LlmCallFailedException.class, failure -> {
                    assertThat(failure.getMessage()).contains("ended before");
                    assertThat(failure.usageSoFar().input()).isEqualTo(25);
                });
    }

    @Test
    void givenAStopRequest_thenTheStreamIsClosedAndTheTurnSoFarReturned() {
        stub("parallel-tool-use.sse");

        LlmTurn turn = llm.stream(request(List.of(Message.user("hi")), List.of(WEATHER), 64), null, listener(true));

        assertThat(turn.cancelled()).isTrue();
        assertThat(turn.text()).isEqualTo("I'll check both cities.");
        assertThat(turn.toolCalls()).isEmpty();
        assertThat(turn.usage().input()).isEqualTo(472);
    }

    @Test
    void givenSettings_thenTheKeyNeverShowsInToString_andTheBaseUrlDefaultsToTheApi() {
        AnthropicSettings settings = AnthropicSettings.defaults("sk-ant-secret");

        assertThat(settings.toString()).doesNotContain("sk-ant-secret").contains("***");
        assertThat(settings.baseUrl()).isEqualTo("https://api.anthropic.com");
    }

    private AnthropicMessagesLlm adapter(int thinkingBudget) {
        return new AnthropicMessagesLlm(new ObjectMapper(), new AnthropicSettings(server.baseUrl(), "sk-ant-test-key",
                Duration.ofSeconds(2), Duration.ofSeconds(5), 3, Duration.ofMillis(10), Duration.ofMillis(50), 1000,
                thinkingBudget));
    }

    private static LlmRequest request(List<Message> messages, List<ToolSpec> tools, int maxOutputTokens) {
        return new LlmRequest("anthropic", "claude-sonnet-4-5", LlmEndpoint.DEFAULT, messages, tools, maxOutputTokens);
    }

    private LlmStreamListener listener(boolean stopAfterFirstDelta) {
        return new LlmStreamListener() {
            @Override
            public void onTextDelta(String text) {
                deltas.add(text);
            }

            @Override
            public void onReasoningDelta(String text) {
                thinking.add(text);
            }

            @Override
            public boolean stopRequested() {
                return stopAfterFirstDelta && !deltas.isEmpty();
            }
        };
    }

    private void stub(String transcript) {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(sse(transcript)));
    }

    private static ResponseDefinitionBuilder sse(String transcript) {
        return aResponse().withStatus(200).withHeader("content-type", "text/event-stream; charset=utf-8")
                .withBody(read(transcript));
    }

    private static String read(String name) {
        try (InputStream in = AnthropicMessagesLlmTest.class.getResourceAsStream("/transcripts/anthropic/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
