package ai.iiagent.adapter.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.adapter.llm.anthropic.AnthropicMessagesLlm;
import ai.iiagent.adapter.llm.anthropic.AnthropicSettings;
import ai.iiagent.adapter.llm.gemini.GeminiLlm;
import ai.iiagent.adapter.llm.gemini.GeminiSettings;
import ai.iiagent.adapter.llm.openai.OpenAiCompatibleLlm;
import ai.iiagent.adapter.llm.openai.OpenAiSettings;
import ai.iiagent.domain.agents.ImagePart;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.port.out.llm.LlmEndpoint;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmTurn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Images in each provider's own wire format, against WireMock serving the providers' recorded streams:
 * an attached image on the user message and an image a tool ({@code Read}) returned.
 */
class ImagePartsWireTest {

    private static final ImagePart CHART = new ImagePart("chart.png", "image/png", "iVBORw0KGgoAAAANSUhEUg==");
    private static final ImagePart SCREEN = new ImagePart("screen.jpg", "image/jpeg", "/9j/4AAQSkZJRg==");
    private static final List<Message> CONVERSATION = List.of(
            Message.system("Be brief."),
            Message.user("What does the chart show?", List.of(CHART)),
            Message.assistant("", null, List.of(new ToolCall("call_1", "Read", Map.of("file_path", "screen.jpg")))),
            Message.toolResult("call_1", "Read", "[/workspace/screen.jpg: image/jpeg, 10 bytes; the image follows]", false)
                    .withImages(List.of(SCREEN)));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void start() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void givenImages_whenSentToOpenAiChatCompletions_thenImageUrlPartsWithDataUrls_andToolImagesFollowTheResults() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(sse("openai", "text.sse")));
        OpenAiCompatibleLlm llm = new OpenAiCompatibleLlm(new ObjectMapper(), new OpenAiSettings(server.baseUrl() + "/v1",
                "sk-test-key", Duration.ofSeconds(2), Duration.ofSeconds(5), 3, Duration.ofMillis(10),
                Duration.ofMillis(50), Duration.ofMillis(700)));

        LlmTurn turn = llm.stream(new LlmRequest("openai", "gpt-4o-mini", LlmEndpoint.DEFAULT, CONVERSATION, List.of(), 0),
                null, text -> { });

        assertThat(turn.text()).isNotBlank();
        assertSent("""
                {"messages": [
                  {"role": "system", "content": "Be brief."},
                  {"role": "user", "content": [
                    {"type": "text", "text": "What does the chart show?"},
                    {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg=="}}]},
                  {"role": "assistant", "content": null, "tool_calls": [{"id": "call_1", "type": "function",
                    "function": {"name": "Read", "arguments": "{\\"file_path\\":\\"screen.jpg\\"}"}}]},
                  {"role": "tool", "tool_call_id": "call_1",
                    "content": "[/workspace/screen.jpg: image/jpeg, 10 bytes; the image follows]"},
                  {"role": "user", "content": [
                    {"type": "text", "text": "Image returned by the tool call above: screen.jpg"},
                    {"type": "image_url", "image_url": {"url": "data:image/jpeg;base64,/9j/4AAQSkZJRg=="}}]}
                ]}""");
    }

    @Test
    void givenImages_whenSentToAnthropicMessages_thenBase64ImageBlocks_inTheUserMessageAndInsideTheToolResult() {
        server.stubFor(post(urlEqualTo("/v1/messages")).willReturn(sse("anthropic", "text.sse")));
        AnthropicMessagesLlm llm = new AnthropicMessagesLlm(new ObjectMapper(), new AnthropicSettings(server.baseUrl(),
                "sk-ant-test-key", Duration.ofSeconds(2), Duration.ofSeconds(5), 3, Duration.ofMillis(10),
                Duration.ofMillis(50), 1000, 0));

        LlmTurn turn = llm.stream(new LlmRequest("anthropic", "claude-sonnet-4-5", LlmEndpoint.DEFAULT, CONVERSATION,
                List.of(), 256), null, text -> { });

        assertThat(turn.text()).isEqualTo("Hello from Claude.");
        assertSent("""
                {"system": "Be brief.", "messages": [
                  {"role": "user", "content": [
                    {"type": "text", "text": "What does the chart show?"},
                    {"type": "image", "source": {"type": "base64", "media_type": "image/png",
                      "data": "iVBORw0KGgoAAAANSUhEUg=="}}]},
                  {"role": "assistant", "content": [
                    {"type": "tool_use", "id": "call_1", "name": "Read", "input": {"file_path": "screen.jpg"}}]},
                  {"role": "user", "content": [
                    {"type": "tool_result", "tool_use_id": "call_1", "is_error": false, "content": [
                      {"type": "text", "text": "[/workspace/screen.jpg: image/jpeg, 10 bytes; the image follows]"},
                      {"type": "image", "source": {"type": "base64", "media_type": "image/jpeg",
                        "data": "/9j/4AAQSkZJRg=="}}]}]}
                ]}""");
    }

    @Test
    void givenImages_whenSentToGemini_thenInlineDataParts_withToolImagesAfterTheFunctionResponse() {
        String path = "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse";
        server.stubFor(post(urlEqualTo(path)).willReturn(sse("gemini", "text.sse")));
        GeminiLlm llm = new GeminiLlm(new ObjectMapper(), new GeminiSettings(server.baseUrl(), "AIzaSy-test-key",
                Duration.ofSeconds(2), Duration.ofSeconds(5), 3, Duration.ofMillis(10), Duration.ofMillis(50), false, null));

        LlmTurn turn = llm.stream(new LlmRequest("gemini", "gemini-2.5-flash", LlmEndpoint.DEFAULT, CONVERSATION,
                List.of(), 256), null, text -> { });

        assertThat(turn.text()).isNotBlank();
        assertSent("""
                {"systemInstruction": {"parts": [{"text": "Be brief."}]}, "contents": [
                  {"role": "user", "parts": [
                    {"text": "What does the chart show?"},
                    {"inlineData": {"mimeType": "image/png", "data": "iVBORw0KGgoAAAANSUhEUg=="}}]},
                  {"role": "model", "parts": [
                    {"functionCall": {"id": "call_1", "name": "Read", "args": {"file_path": "screen.jpg"}}}]},
                  {"role": "user", "parts": [
                    {"functionResponse": {"id": "call_1", "name": "Read",
                      "response": {"output": "[/workspace/screen.jpg: image/jpeg, 10 bytes; the image follows]"}}},
                    {"text": "Image returned by the tool call above: screen.jpg"},
                    {"inlineData": {"mimeType": "image/jpeg", "data": "/9j/4AAQSkZJRg=="}}]}
                ]}""");
    }

    @Test
    void givenNoImages_whenSentToOpenAi_thenTheUserContentStaysAPlainString() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(sse("openai", "text.sse")));
        OpenAiCompatibleLlm llm = new OpenAiCompatibleLlm(new ObjectMapper(), new OpenAiSettings(server.baseUrl() + "/v1",
                "sk-test-key", Duration.ofSeconds(2), Duration.ofSeconds(5), 3, Duration.ofMillis(10),
                Duration.ofMillis(50), Duration.ofMillis(700)));

        llm.stream(new LlmRequest("openai", "my-llama", LlmEndpoint.DEFAULT, List.of(Message.user("hi")), List.of(), 0),
                null, text -> { });

        assertSent("""
                {"messages": [{"role": "user", "content": "hi"}]}""");
    }

    /** Every field of the expected body, exactly (arrays in order, no extra parts), as the one request sent. */
    private void assertSent(String expected) {
        try {
            JsonNode sent = JSON.readTree(server.getAllServeEvents().get(0).getRequest().getBodyAsString());
            JSON.readTree(expected).properties().forEach(field ->
                    assertThat(sent.get(field.getKey())).as(field.getKey()).isEqualTo(field.getValue()));
            assertThat(server.getAllServeEvents()).hasSize(1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder sse(String provider, String name) {
        try (InputStream in = ImagePartsWireTest.class.getResourceAsStream("/transcripts/" + provider + "/" + name)) {
            return aResponse().withStatus(200).withHeader("content-type", "text/event-stream")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
