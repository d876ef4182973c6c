package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.agents.AgentType;
import ai.iiagent.domain.agents.AgentTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What reaches an OpenAI chat-completions provider (WireMock) per agent type: the type's system
 * prompt as the first message, and exactly its tool set for a GPT model (apply_patch instead of
 * Write/Edit, no BashList/BashWriteToProcess, no text editor), plus the common tools and Skill.
 */
@QuarkusTest
@WithTestResource(OpenAiAnswerStandIn.class)
class AgentTypesOpenAiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tools other work of this issue registers (research tools, sub-agents): counted only if the type lists them. */
    private static final Set<String> JOINING_LATER = joiningLater();

    private static Set<String> joiningLater() {
        Set<String> names = new HashSet<>(Set.of("web_batch_search", "web_visit_compress",
                "read_remote_image", "Grep", "Glob", "sub_agent_task", "sub_agent_task_all"));
        names.addAll(ai.iiagent.domain.agents.ToolNames.BROWSER); // registered only where Chromium is installed
        return names;
    }

    static Stream<Arguments> types() {
        return Stream.of(
                Arguments.of("general", List.of("TodoWrite", "ask_user_select", "ask_user_env", "Bash", "BashView",
                        "Read", "apply_patch", "send_user_files", "register_port", "web_visit", "Skill")),
                Arguments.of("researcher", List.of("ask_user_select", "register_port", "web_visit", "Skill")),
                Arguments.of("fast_research", List.of("TodoWrite", "ask_user_select", "Bash", "BashView", "Read",
                        "apply_patch", "send_user_files", "register_port", "web_visit", "Skill")),
                Arguments.of("deep_research", List.of("TodoWrite", "ask_user_select", "Bash", "BashView", "Read",
                        "apply_patch", "send_user_files", "register_port", "web_visit", "Skill")),
                Arguments.of("design_document", List.of("TodoWrite", "ask_user_select", "Read", "apply_patch",
                        "send_user_files", "register_port", "web_visit", "Skill")),
                Arguments.of("browser", List.of("TodoWrite", "ask_user_select", "Read", "register_port", "Skill")),
                Arguments.of("task_agent", List.of("TodoWrite", "ask_user_select", "Read", "register_port", "web_visit",
                        "Skill")),
                Arguments.of("media", List.of("TodoWrite", "ask_user_select", "Read", "generate_image", "generate_video",
                        "generate_speech", "send_user_files", "register_port", "web_visit", "Skill",
                        "concatenate_videos", "extract_frames")),
                Arguments.of("slide", List.of("TodoWrite", "ask_user_select", "Read", "apply_patch", "generate_image",
                        "SlideWrite", "SlideEdit", "slide_apply_patch", "register_port", "web_visit", "Skill")),
                Arguments.of("slide_nano_banana", List.of("TodoWrite", "ask_user_select", "Read", "generate_image",
                        "SlideGenerate", "register_port", "web_visit", "Skill")),
                Arguments.of("mobile_app", List.of("TodoWrite", "ask_user_select", "ask_user_env", "Bash", "BashView",
                        "Read", "apply_patch", "send_user_files", "register_port", "web_visit", "Skill", "mobile_app_init",
                        "restart_mobile_server", "get_server_status", "save_checkpoint", "add_user_env")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void givenAType_thenItsPromptAndExactToolSetReachTheProvider(String typeId, List<String> expected) throws Exception {
        AgentType type = AgentTypes.find(typeId).orElseThrow();
        String token = newAccessToken();
        String id = newSession(token, "openai " + typeId);
        String text = "agent type check " + typeId;
        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            client.await(named("connection.established"), WAIT);
            client.send(Map.of("type", "chat_message", "data", Map.of("content", Map.of("command", "query",
                    "text", text, "agent_type", typeId))));
            assertThat(event(client.await(named("agent.processing"), WAIT)).path("content").path("model").asText())
                    .isEqualTo("gpt-4o-mini");
            client.await(named("agent.complete"), WAIT);
        }
        JsonNode request = requestWith(text);
        JsonNode system = request.path("messages").get(0);
        assertThat(system.path("role").asText()).isEqualTo("system");
        assertThat(contentOf(system)).isEqualTo(type.systemPrompt());

        Set<String> offered = new HashSet<>();
        request.path("tools").forEach(tool -> offered.add(tool.path("function").path("name").asText()));
        Set<String> later = new HashSet<>(offered);
        later.removeAll(expected);
        assertThat(JOINING_LATER).as("only tools still to be registered may join").containsAll(later);
        assertThat(type.tools()).as("and only those the type lists").containsAll(later);
        assertThat(offered).containsAll(expected)
                .doesNotContain("Write", "Edit", "BashList", "BashWriteToProcess", "str_replace_based_edit_tool");
    }

    /** The provider request whose last user message is the query's text. */
    private static JsonNode requestWith(String text) throws Exception {
        for (var logged : OpenAiAnswerStandIn.server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")))) {
            JsonNode body = JSON.readTree(logged.getBodyAsString());
            JsonNode messages = body.path("messages");
            if (contentOf(messages.get(messages.size() - 1)).equals(text)) {
                return body;
            }
        }
        throw new AssertionError("no request carried " + text);
    }

    private static String contentOf(JsonNode message) {
        JsonNode content = message.path("content");
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        content.forEach(part -> text.append(part.path("text").asText()));
        return text.toString();
    }
}
