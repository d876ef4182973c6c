package ai.iiagent.e2e.realtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An OpenAI-compatible server that enforces what OpenAI enforces: every {@code tool_call} of an
 * assistant message is followed by a {@code tool} message answering it, else 400 with OpenAI's
 * error body. A valid request gets a streamed plain answer; a request whose last user message
 * says {@value #FAIL_WORD} gets a 400 whose body holds {@value #CANARY} (what must never reach users).
 */
public class StrictOpenAiStandIn implements QuarkusTestResourceLifecycleManager {

    static final String FAIL_WORD = "provoke-a-provider-error";
    static final String CANARY = "org-canary-7f3a-internal-quota";

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(new ToolCallPairing()));
        server.start();
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                .withHeader("content-type", "text/event-stream").withBody(answer())));
        return Map.of("app.agents.openai-api-key", "sk-strict", "app.agents.openai-base-url", server.baseUrl() + "/v1",
                "app.agents.openai-model", "gpt-4o-mini", "app.agents.provider-initial-backoff", "PT0.01S");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static String answer() {
        try (InputStream in = StrictOpenAiStandIn.class.getResourceAsStream("/transcripts/openai-agent/turn2-answer.sse")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tool-call ids of a Chat Completions request that no tool message answers right after their assistant message. */
    static List<String> unanswered(JsonNode messages) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            if (!"assistant".equals(message.path("role").asText()) || !message.path("tool_calls").isArray()) {
                continue;
            }
            Set<String> answered = new HashSet<>();
            for (int j = i + 1; j < messages.size() && "tool".equals(messages.get(j).path("role").asText()); j++) {
                answered.add(messages.get(j).path("tool_call_id").asText());
            }
            message.path("tool_calls").forEach(call -> {
                if (!answered.contains(call.path("id").asText())) {
                    missing.add(call.path("id").asText());
                }
            });
        }
        return missing;
    }

    private static final class ToolCallPairing implements ResponseDefinitionTransformerV2 {

        private static final ObjectMapper JSON = new ObjectMapper();

        @Override
        public String getName() {
            return "openai-tool-call-pairing";
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            JsonNode messages;
            try {
                messages = JSON.readTree(event.getRequest().getBodyAsString()).path("messages");
            } catch (IOException e) {
                return error("We could not parse the JSON body of your request.");
            }
            List<String> missing = unanswered(messages);
            if (!missing.isEmpty()) {
                return error("An assistant message with 'tool_calls' must be followed by tool messages responding to"
                        + " each 'tool_call_id'. The following tool_call_ids did not have response messages: "
                        + String.join(", ", missing));
            }
            JsonNode last = messages.get(messages.size() - 1);
            if (last.path("content").asText("").contains(FAIL_WORD)) {
                return error("Rate limit reached for organization " + CANARY + " on tokens per min.");
            }
            return event.getResponseDefinition();
        }

        private static ResponseDefinition error(String message) {
            String body = "{\"error\":{\"message\":" + quote(message)
                    + ",\"type\":\"invalid_request_error\",\"param\":\"messages\",\"code\":null}}";
            return new ResponseDefinition(400, body);
        }

        private static String quote(String text) {
            try {
                return JSON.writeValueAsString(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
