package ai.iiagent.adapter.llm.openai;

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
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAI-compatible adapter against WireMock serving recorded Chat Completions SSE transcripts. */
class OpenAiCompatibleLlmTest {

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final List<String> deltas = new ArrayList<>();
    private final List<String> thinking = new ArrayList<>();
    private OpenAiCompatibleLlm llm;

    @BeforeEach
    void start() {
        server.start();
        llm = new OpenAiCompatibleLlm(new ObjectMapper(), new OpenAiSettings(server.baseUrl() + "/v1", "sk-test-key",
                Duration.ofSeconds(2), Duration.ofSeconds(5), 3, Duration.ofMillis(10), Duration.ofMillis(50),
                Duration.ofMillis(700)));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void givenATextStream_thenDeltasArriveInOrder_andUsageIsNormalised() {
        stub("text.sse");

        LlmTurn turn = llm.stream(request(List.of()), null, listener(false));

        assertThat(deltas).containsExactly("Hello", " from", " the stand-in.");
        assertThat(turn.text()).isEqualTo("Hello from the stand-in.");
        assertThat(turn.finishReason()).isEqualTo("stop");
        // 1200 prompt tokens of which 1024 cached: 176 input + 1024 cache reads
        assertThat(turn.usage()).isEqualTo(new TokenUsage(176, 5, 1024, 0, 0));
        server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("authorization", equalTo("Bearer sk-test-key"))
                .withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.stream_options.include_usage", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.max_tokens", equalTo("512")))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini"))));
    }

    @Test
    void givenParallelToolCallsStreamedInFragments_thenEachIsReassembledWithItsArguments() {
        stub("parallel-tool-calls.sse");
        ToolSpec weather = new ToolSpec("get_weather", "Weather now", Map.of("type", "object", "properties",
                Map.of("location", Map.of("type", "string"))));

        LlmTurn turn = llm.stream(request(List.of(weather)), null, listener(false));

        assertThat(turn.finishReason()).isEqualTo("tool_calls");
        assertThat(turn.toolCalls()).containsExactly(
                new ToolCall("call_Paris01", "get_weather", Map.of("location", "Paris")),
                new ToolCall("call_Tokyo02", "get_weather", Map.of("location", "Tokyo", "unit", "c")));
        assertThat(turn.usage()).isEqualTo(new TokenUsage(310, 58, 0, 0, 0));
        server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.tools[0].type", equalTo("function")))
                .withRequestBody(matchingJsonPath("$.tools[0].function.name", equalTo("get_weather"))));
    }

    @Test
    void givenHistoryWithToolCalls_thenItIsSentInTheOpenAiShape() {
        stub("text.sse");
        List<Message> messages = List.of(Message.system("be brief"), Message.user("weather?"),
                Message.assistant("", null, List.of(new ToolCall("call_1", "get_weather", Map.of("location", "Oslo")))),
                Message.toolResult("call_1", "get_weather", "-3 C", false));

        llm.stream(new LlmRequest("openai", "gpt-4o-mini", LlmEndpoint.DEFAULT, messages, List.of(), 0), null, listener(false));

        server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
                {"messages":[{"role":"system","content":"be brief"},{"role":"user","content":"weather?"},
                 {"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function",
                   "function":{"name":"get_weather","arguments":"{\\"location\\":\\"Oslo\\"}"}}]},
                 {"role":"tool","tool_call_id":"call_1","content":"-3 C"}]}""", true, true)));
    }

    @Test
    void givenReasoningContent_thenItStreamsSeparately_andReasoningTokensAreNotBilledTwice() {
        stub("reasoning.sse");

        LlmTurn turn = llm.stream(request(List.of()), null, listener(false));

        assertThat(thinking).containsExactly("The user asks 2+2.", " That is 4.");
        assertThat(turn.reasoning()).isEqualTo("The user asks 2+2. That is 4.");
        assertThat(turn.text()).isEqualTo("4");
        assertThat(turn.usage()).isEqualTo(new TokenUsage(12, 4, 0, 0, 36));
    }

    @Test
    void givenRateLimits_thenRetriedWithBackoff_andTheStreamThatFollowsIsUsed() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("content-type", "application/json")
                        .withBody(read("rate-limited.json"))).willSetStateTo("retry"));
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).inScenario("limited").whenScenarioStateIs("retry")
                .willReturn(aResponse().withStatus(503).withBody("upstream busy")).willSetStateTo("ok"));
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).inScenario("limited").whenScenarioStateIs("ok")
                .willReturn(sse("text.sse")));

        assertThat(llm.stream(request(List.of()), null, listener(false)).text()).isEqualTo("Hello from the stand-in.");
        server.verify(3, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void givenPersistentRateLimits_thenAClearUpstreamError_afterTheLastAttempt() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(429)
                .withBody(read("rate-limited.json"))));

        assertThatThrownBy(() -> llm.stream(request(List.of()), null, listener(false)))
                .isInstanceOf(UpstreamFailureException.class).hasMessageContaining("429")
                .hasMessageContaining("rate_limit_exceeded");
        server.verify(3, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void givenABadRequest_thenNotRetried() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(400)
                .withBody(read("invalid-request.json"))));

        assertThatThrownBy(() -> llm.stream(request(List.of()), null, listener(false)))
                .isInstanceOf(UpstreamFailureException.class).hasMessageContaining("string_above_max_length");
        server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void givenAnErrorEventMidStream_thenACleanFailureWithTheUsageSoFar() {
        stub("error-event.sse");

        assertThatThrownBy(() -> llm.stream(request(List.of()), null, listener(false)))
                .isInstanceOfSatisfying(LlmCallFailedException.class, failure -> {
                    assertThat(failure.getMessage()).contains("The server had an error");
                    assertThat(failure.usageSoFar().output()).isPositive();
                });
        assertThat(deltas).containsExactly("Partial");
    }

    @Test
    void givenAStreamThatStopsWithoutAnEnd_thenACleanFailure() {
        stub("truncated.sse");

        assertThatThrownBy(() -> llm.stream(request(List.of()), null, listener(false)))
                .isInstanceOf(LlmCallFailedException.class).hasMessageContaining("ended before");
    }

    @Test
    void givenAStopRequest_thenTheStreamIsClosedAndTheTurnSoFarReturned() {
        stub("text.sse");

        LlmTurn turn = llm.stream(request(List.of()), null, listener(true));

        assertThat(turn.cancelled()).isTrue();
        assertThat(turn.text()).isEqualTo("Hello");
    }

    @Test
    void givenAStreamThatGoesSilent_whenCancelled_thenItReturnsWithoutWaitingForTheNextChunk() {
        OpenAiCompatibleLlm silent = against(SilentServer.start());
        long started = System.nanoTime();

        LlmTurn turn = silent.stream(request(List.of()), null, new LlmStreamListener() {
            @Override
            public void onTextDelta(String text) {
            }

            @Override
            public boolean stopRequested() {
                return System.nanoTime() - started > Duration.ofMillis(300).toNanos();
            }
        });

        assertThat(turn.cancelled()).isTrue();
        assertThat(turn.text()).isEqualTo("Hello");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8)); // the server is silent for 20 s
    }

    @Test
    void givenAStreamSilentLongerThanTheIdleTimeout_thenACleanFailure() {
        OpenAiCompatibleLlm silent = against(SilentServer.start());
        long started = System.nanoTime();

        assertThatThrownBy(() -> silent.stream(request(List.of()), null, listener(false)))
                .isInstanceOf(LlmCallFailedException.class).hasMessageContaining("no data from the provider");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8)); // the server is silent for 20 s
    }

    private static OpenAiCompatibleLlm against(int port) {
        return new OpenAiCompatibleLlm(new ObjectMapper(), new OpenAiSettings("http://127.0.0.1:" + port + "/v1", "k",
                Duration.ofSeconds(2), Duration.ofSeconds(5), 1, Duration.ofMillis(10), Duration.ofMillis(50),
                Duration.ofMillis(700)));
    }

    /** Answers one request with the headers and a first chunk, then says nothing more for 20 s. */
    private static final class SilentServer {
        static int start() {
            try {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Thread.ofVirtual().start(() -> {
                    try (socket; Socket client = socket.accept()) {
                        client.getInputStream().read(new byte[65536]);
                        String chunk = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hello\"}}]}\n\n";
                        client.getOutputStream().write(("HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
                                + "transfer-encoding: chunked\r\n\r\n" + Integer.toHexString(chunk.length()) + "\r\n"
                                + chunk + "\r\n").getBytes(StandardCharsets.UTF_8));
                        client.getOutputStream().flush();
                        Thread.sleep(20_000);
                    } catch (Exception closed) {
                        // the client hung up, as it should
                    }
                });
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private LlmRequest request(List<ToolSpec> tools) {
        return new LlmRequest("openai", "gpt-4o-mini", LlmEndpoint.DEFAULT, List.of(Message.user("hi")), tools, 512);
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
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(sse(transcript)));
    }

    private static ResponseDefinitionBuilder sse(String transcript) {
        return aResponse().withStatus(200).withHeader("content-type", "text/event-stream; charset=utf-8")
                .withBody(read(transcript));
    }

    private static String read(String name) {
        try (InputStream in = OpenAiCompatibleLlmTest.class.getResourceAsStream("/transcripts/openai/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
