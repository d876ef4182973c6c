package ai.iiagent.adapter.http.integrations;

import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.integrations.CodingCliErrors;
import ai.iiagent.port.in.integrations.CodexSettings;
import ai.iiagent.port.in.integrations.DeleteCodexCredentialsUseCase;
import ai.iiagent.port.in.integrations.GetCodexSettingsUseCase;
import ai.iiagent.port.in.integrations.SaveCodexCredentialsCommand;
import ai.iiagent.port.in.integrations.SaveCodexCredentialsUseCase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The caller's Codex CLI credentials (issue 22), under the original's path: an OpenAI API key
 * ({@code apikey}) or a Codex {@code auth.json} (a ChatGPT sign-in), sealed and never returned, with
 * the CLI's model, reasoning effort and web search switch.
 */
@Path("/v1/user-settings/mcp/codex")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CodexSettingsResource {

    /** The original's request: {@code auth_json} (an object or its text) or {@code apikey}, and CLI settings. */
    public record CodexRequest(Object authJson, String apikey, String apiKey, String model, String modelReasoningEffort,
                               Boolean search) {
        @Override
        public String toString() {
            return "CodexRequest[model " + model + "]";
        }
    }

    public record CodexResponse(boolean configured, String credentialType, String model, String modelReasoningEffort,
                                boolean search, Instant updatedAt) {
        static CodexResponse of(CodexSettings s) {
            return new CodexResponse(s.configured(), s.kind(), s.model(), s.reasoningEffort(), s.webSearch(), s.updatedAt());
        }
    }

    private final CurrentIdentity caller;
    private final SaveCodexCredentialsUseCase save;
    private final GetCodexSettingsUseCase get;
    private final DeleteCodexCredentialsUseCase delete;
    private final ObjectMapper json;

    public CodexSettingsResource(CurrentIdentity caller, SaveCodexCredentialsUseCase save, GetCodexSettingsUseCase get,
                                 DeleteCodexCredentialsUseCase delete, ObjectMapper json) {
        this.caller = caller;
        this.save = save;
        this.get = get;
        this.delete = delete;
        this.json = json;
    }

    @GET
    @Operation(summary = "The caller's Codex CLI settings (never the key)")
    public CodexResponse get() {
        return CodexResponse.of(get.get(caller.get()));
    }

    @POST
    @Operation(summary = "Store Codex CLI credentials: an OpenAI API key or a Codex auth.json, sealed")
    public CodexResponse save(CodexRequest body) {
        CodexRequest request = body == null ? new CodexRequest(null, null, null, null, null, null) : body;
        String key = request.apikey() != null ? request.apikey() : request.apiKey();
        String effort = request.modelReasoningEffort() == null ? null : request.modelReasoningEffort().toLowerCase(Locale.ROOT);
        return CodexResponse.of(save.save(new SaveCodexCredentialsCommand(caller.get(), key, authJson(request.authJson()),
                request.model(), effort, request.search())));
    }

    @DELETE
    @Operation(summary = "Forget the caller's Codex credentials")
    public Response delete() {
        delete.delete(caller.get());
        return Response.noContent().build();
    }

    private String authJson(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw CodingCliErrors.invalid("auth_json is not JSON");
        }
    }
}
