package ai.iiagent.adapter.http.chat;

import ai.iiagent.adapter.http.sessions.SessionIds;
import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.chat.ChatSettings;
import ai.iiagent.port.in.chat.ChatAdvancedModeUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A chat conversation's advanced mode: the settings its next turns use. Only the owner's own chat session. */
@Path("/v1/chat/conversations/{sid}/advanced-mode")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ChatAdvancedModeResource {

    /** On the wire: every field optional; absent or null means "the default". */
    public record AdvancedMode(String modelId, Double temperature, String reasoningEffort, Map<String, Boolean> tools,
                               String systemPrompt) {

        static AdvancedMode of(ChatSettings settings) {
            return new AdvancedMode(settings.modelId(), settings.temperature(), settings.reasoningEffort(),
                    settings.tools(), settings.systemPrompt());
        }

        ChatSettings settings() {
            return new ChatSettings(modelId, temperature, reasoningEffort, tools, systemPrompt);
        }
    }

    private final CurrentIdentity caller;
    private final ChatAdvancedModeUseCase advanced;

    public ChatAdvancedModeResource(CurrentIdentity caller, ChatAdvancedModeUseCase advanced) {
        this.caller = caller;
        this.advanced = advanced;
    }

    @GET
    @Operation(summary = "The conversation's advanced mode (defaults when never set)")
    public AdvancedMode get(@PathParam("sid") String sessionId) {
        return AdvancedMode.of(advanced.get(caller.get(), SessionIds.parse(sessionId)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the conversation's advanced mode; it applies from the next message")
    public AdvancedMode set(@PathParam("sid") String sessionId, AdvancedMode body) {
        AdvancedMode wanted = body == null ? new AdvancedMode(null, null, null, null, null) : body;
        return AdvancedMode.of(advanced.set(caller.get(), SessionIds.parse(sessionId), wanted.settings()));
    }
}
