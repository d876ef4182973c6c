package ai.iiagent.adapter.llm.anthropic;

import ai.iiagent.adapter.llm.stream.RetryingPost;
import ai.iiagent.adapter.llm.stream.SseEvent;
import ai.iiagent.adapter.llm.stream.SseReader;
import ai.iiagent.adapter.llm.stream.StreamWatchdog;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.port.out.llm.LlmCallFailedException;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.Role;
import ai.iiagent.port.out.llm.LlmPort;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmStreamListener;
import ai.iiagent.port.out.llm.LlmTurn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Anthropic Messages API with streaming ({@code POST /v1/messages}) on the JDK HTTP client.
 * Retries 408, 429, 529 and other 5xx with backoff before the stream starts; once it streams, an
 * {@code error} event, a broken connection or a stream without {@code message_stop} is a clean
 * {@link LlmCallFailedException} carrying the usage so far; a cancel closes the stream.
 */
public final class AnthropicMessagesLlm implements LlmPort {

    /** A stream silent this long is given up (the provider sends pings or tokens far more often). */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(90);

    public static final String PROVIDER = "anthropic";
    static final String API_VERSION = "2023-06-01";
    /** The smallest {@code budget_tokens} Anthropic accepts. */
    static final int MIN_THINKING_BUDGET = 1024;

    private final ObjectMapper json;
    private final AnthropicSettings settings;
    private final RetryingPost post;
    private final AnthropicWire wire;

    public AnthropicMessagesLlm(ObjectMapper json, AnthropicSettings settings) {
        this.json = json;
        this.settings = settings;
        this.post = new RetryingPost(settings.connectTimeout(), settings.firstByteTimeout(), settings.maxAttempts(),
                settings.initialBackoff(), settings.maxBackoff());
        this.wire = new AnthropicWire(json);
    }

    @Override
    public LlmTurn stream(LlmRequest request, CreditReservation reservation, LlmStreamListener listener) {
        int maxTokens = request.maxOutputTokens() > 0 ? request.maxOutputTokens() : settings.defaultMaxTokens();
        HttpResponse<InputStream> response = post.send(uri(request), headers(request),
                wire.body(request, maxTokens, thinkingBudget(request, maxTokens)));
        AnthropicStream turn = new AnthropicStream(json, listener);
        long prompt = request.characters();
        InputStream body = response.body();
        try (StreamWatchdog watchdog = StreamWatchdog.watch(body, listener::stopRequested, IDLE_TIMEOUT);
             SseReader events = new SseReader(body)) {
            SseEvent event;
            while ((event = watchdog.read(events::next)) != null) {
                watchdog.touch();
                if (listener.stopRequested() || watchdog.stopped()) {
                    return turn.turn("cancelled", prompt);
                }
                JsonNode data = json.readTree(event.data());
                String type = data.path("type").asText(event.event());
                if (type.equals("error")) {
                    JsonNode error = data.path("error");
                    throw new LlmCallFailedException("the provider reported an error mid-stream: "
                            + error.path("type").asText("error") + ": " + error.path("message").asText("unknown"),
                            turn.usageSoFar(prompt));
                }
                turn.accept(type, data);
                if (type.equals("message_stop")) {
                    return remember(turn.turn(null, prompt), turn);
                }
            }
            if (watchdog.stopped()) {
                return turn.turn("cancelled", prompt);
            }
            throw new LlmCallFailedException("the provider's stream ended before the answer did", turn.usageSoFar(prompt));
        } catch (IOException e) {
            throw new LlmCallFailedException("the provider's stream broke: " + e.getMessage(), turn.usageSoFar(prompt));
        }
    }



    /**
     * The thinking budget to ask for, or 0. It must stay under {@code max_tokens} and reach the API
     * minimum; and a tool loop whose signed thinking the conversation does not carry (a turn stored
     * before signatures were kept) must go on without thinking, since Anthropic rejects a thinking
     * request that does not echo it.
     */
    private int thinkingBudget(LlmRequest request, int maxTokens) {
        int budget = Math.min(settings.thinkingBudgetTokens(), maxTokens - 1);
        if (settings.thinkingBudgetTokens() == 0 || budget < MIN_THINKING_BUDGET) {
            return 0;
        }
        Message open = openToolCall(request.messages());
        return open == null || open.providerData().containsKey(PROVIDER) ? budget : 0;
    }

    /** The assistant message whose tool results end the conversation, if it ends that way. */
    private static Message openToolCall(List<Message> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            Message message = messages.get(i);
            if (!message.is(Role.TOOL)) {
                return message.is(Role.ASSISTANT) && !message.toolCalls().isEmpty() ? message : null;
            }
        }
        return null;
    }

    /** A tool-calling turn carries its signed thinking blocks, to be echoed with its tool results. */
    private LlmTurn remember(LlmTurn done, AnthropicStream turn) {
        List<ThinkingBlock> signed = turn.thinkingBlocks();
        if (signed.isEmpty() || done.toolCalls().isEmpty()) {
            return done;
        }
        return done.withProviderData(Map.of(PROVIDER, wire.thinkingData(signed)));
    }

    private URI uri(LlmRequest request) {
        String base = request.endpoint().baseUrlOr(settings.baseUrl(), AnthropicSettings.DEFAULT_BASE_URL);
        return URI.create(base.replaceAll("/+$", "") + "/v1/messages");
    }

    private Map<String, String> headers(LlmRequest request) {
        String key = request.endpoint().apiKeyOr(settings.apiKey());
        Map<String, String> headers = new HashMap<>();
        headers.put("anthropic-version", API_VERSION);
        if (key != null && !key.isBlank()) {
            headers.put("x-api-key", key);
        }
        return headers;
    }
}
