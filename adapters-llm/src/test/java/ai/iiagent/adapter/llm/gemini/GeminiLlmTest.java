package ai.iiagent.adapter.llm.gemini;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
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
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
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

/** The Gemini adapter against WireMock serving {@code streamGenerateContent?alt=sse} transcripts. */
class GeminiLlmTest {

    private static final String PATH = "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse";
    private static final String KEY = "AIzaSy-test-key";
    private static final ToolSpec WEATHER = new ToolSpec("get_weather", "Weather now", Map.of("type", "object",
            "properties", Map.of("location", Map.of("type", "string")), "additionalProperties", false));

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final List<String> deltas = new ArrayList<>();
    private final List<String> thinking = new ArrayList<>();
    private GeminiLlm llm;

    @BeforeEach
    void start() {
        server.start();
        llm = adapter();
    }

    private GeminiLlm adapter() {
        return new GeminiLlm(new ObjectMapper(), new GeminiSettings(server.baseUrl(), KEY, Duration.ofSeconds(2),
                Duration.ofSeconds(5), 3, Duration.ofMillis(10), Duration.ofMillis(50), true, 1024));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void givenATextStream_thenDeltasArriveInOrder_andCachedPromptTokensAreCacheReads() {
        stub("text.sse");

        LlmTurn turn = llm.stream(request(List.of(Message.system("be brief"), Message.user("hi")), List.of(), 512),
                null, listener(false));

        assertThat(deltas).containsExactly("Hello", " from", " Gemini.");
        assertThat(turn.text()).isEqualTo("Hello from Gemini.");
        assertThat(turn.finishReason()).isEqualTo("stop");
        // 1200 prompt tokens of which 1024 cached: 176 input + 1024 cache reads
        assertThat(turn.usage()).isEqualTo(new TokenUsage(176, 5, 1024, 0, 0));
        server.verify(postRequestedFor(urlEqualTo(PATH))
                .withHeader("x-goog-api-key", equalTo(KEY))
                .withHeader("content-type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"contents":[{"role":"user","parts":[{"text":"hi"}]}],
                         "systemInstruction":{"parts":[{"text":"be brief"}]},
                         "generationConfig":{"maxOutputTokens":512,
                           "thinkingConfig":{"includeThoughts":true,"thinkingBudget":1024}}}""")));
        assertKeyNeverInUrl();
    }

    @Test
    void givenThoughtParts_thenTheyStreamAsReasoning_andThoughtTokensAreBilledOnce() {
        stub("thinking.sse");

        LlmTurn turn = llm.stream(request(List.of(Message.user("2+2?")), List.of(), 512), null, listener(false));

        assertThat(thinking).containsExactly("**Adding two numbers**\n\nThe user asks 2+2.", " That is 4.");
        assertThat(turn.reasoning()).isEqualTo("**Adding two numbers**\n\nThe user asks 2+2. That is 4.");
        assertThat(deltas).containsExactly("4");
        assertThat(turn.usage()).isEqualTo(new TokenUsage(12, 4, 0, 0, 36));
    }

    @Test
    void givenParallelFunctionCalls_thenEachBecomesAToolCallWithAStableGeneratedId() {
        stub("parallel-function-calls.sse");

        LlmTurn turn = llm.stream(request(List.of(Message.user("weather in Paris and Tokyo?")), List.of(WEATHER), 512),
                null, listener(false));

        assertThat(turn.finishReason()).isEqualTo("tool_calls");
        assertThat(turn.toolCalls()).containsExactly(
                new ToolCall("gemini-call-oGYsaKb1FqSaz7IPmLOn2Ao-0", "get_weather", Map.of("location", "Paris")),
                new ToolCall("gemini-call-oGYsaKb1FqSaz7IPmLOn2Ao-1", "get_weather", Map.of("location", "Tokyo", "unit", "c")));
        assertThat(turn.usage()).isEqualTo(new TokenUsage(310, 58, 0, 0, 42));
        server.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"tools":[{"functionDeclarations":[{"name":"get_weather","description":"Weather now",
                  "parametersJsonSchema":{"type":"object","properties":{"location":{"type":"string"}},
                    "additionalProperties":false}}]}]}""", true, true)));
    }

    @Test
    void givenToolResults_thenTheyGoBackAsFunctionResponsesInOneUserContent_withTheCallsThoughtSignature() {
        stub("parallel-function-calls.sse");
        List<Message> history = new ArrayList<>(List.of(Message.user("weather in Paris and Tokyo?")));
        LlmTurn first = llm.stream(request(history, List.of(WEATHER), 512), null, listener(false));
        assertThat(first.providerData()).containsOnlyKeys("gemini");
        // Stored and reloaded as memory does after a restart: the message keeps the provider data as text.
        history.add(new Message(Role.ASSISTANT, first.text(), first.reasoning(), first.toolCalls(), null, null, false,
                Map.of("gemini", first.providerData().get("gemini"))));
        llm = adapter(); // a fresh instance: nothing kept in memory
        history.add(Message.toolResult(first.toolCalls().get(0).id(), "get_weather", "18 C", false));
        history.add(Message.toolResult(first.toolCalls().get(1).id(), null, "station offline", true));
        server.resetRequests();
        stub("text.sse");

        llm.stream(request(history, List.of(WEATHER), 512), null, listener(false));

        server.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"contents":[
                  {"role":"user","parts":[{"text":"weather in Paris and Tokyo?"}]},
                  {"role":"model","parts":[
                    {"functionCall":{"name":"get_weather","args":{"location":"Paris"}},
                     "thoughtSignature":"CiQB0e2Kb3dRh+BYdbZvmulSN2Pwwc75DfZBc0rgGi6qLU0uG3EKZAHR"},
                    {"functionCall":{"name":"get_weather","args":{"location":"Tokyo","unit":"c"}}}]},
                  {"role":"user","parts":[
                    {"functionResponse":{"name":"get_weather","response":{"output":"18 C"}}},
                    {"functionResponse":{"name":"get_weather","response":{"error":"station offline"}}}]}]}""",
                false, true))
                // ids we generated are ours alone: Gemini never sees them
                .withRequestBody(matchingJsonPath("$.contents[1].parts[0].functionCall.id", absent()))
                .withRequestBody(matchingJsonPath("$.contents[2].parts[0].functionResponse.id", absent())));
    }

    @Test
    void givenTheOutputCapIsHit_thenTheFinishReasonIsLength() {
        stub("max-tokens.sse");

        LlmTurn turn = llm.stream(request(List.of(Message.user("write a saga")), List.of(), 8), null, listener(false));

        assertThat(turn.finishReason()).isEqualTo("length");
        assertThat(turn.text()).isEqualTo("A very long answer that runs out");
    }

    @Test
    void givenRateLimitAndOverload_thenRetriedWithBackoff_andTheStreamThatFollowsIsUsed() {
        server.stubFor(post(urlEqualTo(PATH)).inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("content-type", "application/json")
                        .withBody(read("rate-limited.json"))).willSetStateTo("overloaded"));
        server.stubFor(post(urlEqualTo(PATH)).inScenario("limited").whenScenarioStateIs("overloaded")
                .willReturn(aResponse().withStatus(503).withBody(read("overloaded.json"))).willSetStateTo("ok"));
        server.stubFor(post(urlEqualTo(PATH)).inScenario("limited").whenScenarioStateIs("ok").willReturn(sse("text.sse")));

        assertThat(llm.stream(request(List.of(Message.user("hi")), List.of(), 64), null, listener(false)).text())
                .isEqualTo("Hello from Gemini.");
        server.verify(3, postRequestedFor(urlEqualTo(PATH)).withHeader("x-goog-api-key", equalTo(KEY)));
        assertKeyNeverInUrl();
    }

    @Test
    void givenPersistentRateLimits_thenAClearUpstreamError_afterTheLastAttempt() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429).withBody(read("rate-limited.json"))));

        assertThatThrownBy(() -> llm.stream(request(List.of(Message.user("hi")), List.of(), 64), null, listener(false)))
                .isInstanceOf(UpstreamFailureException.class).isNotInstanceOf(LlmCallFailedException.class)
                .hasMessageContaining("429").hasMessageContaining("RESOURCE_EXHAUSTED");
        server.verify(3, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void givenAnErrorChunkMidStream_thenACleanFailureWithTheUsageSoFar() {
        stub("error-event.sse");

        assertThatThrownBy(() -> llm.stream(request(List.of(Message.user("hi")), List.of(), 64), null, listener(false)))
                .isInstanceOfSatisfying(LlmCallFailedException.class, failure -> {
                    assertThat(failure.getMessage()).contains("UNAVAILABLE").contains("overloaded");
                    // no usageMetadata came: the prompt's 10 characters and the 27 streamed, at 4 per token
                    assertThat(failure.usageSoFar()).isEqualTo(new TokenUsage(3, 7, 0, 0, 0));
                });
        assertThat(deltas).containsExactly("Partial answer that goes on");
    }

    @Test
    void givenAStreamThatStopsWithoutAFinishReason_thenACleanFailure() {
        stub("truncated.sse");

        assertThatThrownBy(() -> llm.stream(request(List.of(Message.user("hi")), List.of(), 64), null, listener(false)))
                .isInstanceOfSatisfying(LlmCallFailedException.class, failure -> {
                    assertThat(failure.getMessage()).contains("ended before");
                    assertThat(failure.usageSoFar()).isEqualTo(new TokenUsage(9, 7, 0, 0, 0));
                });
    }

    @Test
    void givenAStopRequest_thenTheStreamIsClosedAndTheTurnSoFarReturned() {
        stub("text.sse");

        LlmTurn turn = llm.stream(request(List.of(Message.user("hi")), List.of(), 64), null, listener(true));

        assertThat(turn.cancelled()).isTrue();
        assertThat(turn.text()).isEqualTo("Hello");
        assertThat(turn.usage()).isEqualTo(new TokenUsage(176, 1, 1024, 0, 0));
    }

    @Test
    void givenAUsersOwnEndpoint_thenItsKeyIsSentInTheHeader() {
        stub("text.sse");
        LlmRequest own = new LlmRequest("gemini", "models/gemini-2.5-flash", new LlmEndpoint(server.baseUrl(), "AIza-user"),
                List.of(Message.user("hi")), List.of(), 0);

        llm.stream(own, null, listener(false));

        server.verify(postRequestedFor(urlEqualTo(PATH)).withHeader("x-goog-api-key", equalTo("AIza-user"))
                .withRequestBody(matchingJsonPath("$.generationConfig.maxOutputTokens", absent())));
    }

    @Test
    void givenSettings_thenTheKeyNeverShowsInToString_andTheBaseUrlDefaultsToTheApi() {
        GeminiSettings settings = GeminiSettings.defaults("AIza-secret");

        assertThat(settings.toString()).doesNotContain("AIza-secret").contains("***");
        assertThat(settings.baseUrl()).isEqualTo("https://generativelanguage.googleapis.com");
    }

    private void assertKeyNeverInUrl() {
        List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).isNotEmpty().allSatisfy(logged -> assertThat(logged.getUrl()).doesNotContain(KEY)
                .doesNotContain("key="));
    }

    private static LlmRequest request(List<Message> messages, List<ToolSpec> tools, int maxOutputTokens) {
        return new LlmRequest("gemini", "gemini-2.5-flash", LlmEndpoint.DEFAULT, messages, tools, maxOutputTokens);
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
        return aResponse().withStatus(200).withHeader("content-type", "text/event-stream").withBody(read(transcript));
    }

    private static String read(String name) {
        try (InputStream in = GeminiLlmTest.class.getResourceAsStream("/transcripts/gemini/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
