package ai.iiagent.adapter.http.agents;

import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.port.in.agents.RewritePrompt;
import ai.iiagent.port.in.agents.RewritePromptUseCase;
import ai.iiagent.port.in.agents.RewrittenPrompt;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Rewrites a prompt into a clearer one (one billed model call, as the socket's {@code enhance_prompt}). */
@Path("/v1/enhance-prompt")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EnhancePromptResource {

    private final CurrentIdentity caller;
    private final RewritePromptUseCase rewrite;

    public EnhancePromptResource(CurrentIdentity caller, RewritePromptUseCase rewrite) {
        this.caller = caller;
        this.rewrite = rewrite;
    }

    /** {@code context}: what the prompt is about (read by the model, not rewritten); {@code model_id}: optional. */
    public record EnhancePromptRequest(String prompt, String context, String modelId) {
    }

    public record EnhancePromptResponse(String originalPrompt, String enhancedPrompt, String reasoning) {

        static EnhancePromptResponse of(RewrittenPrompt rewritten) {
            return new EnhancePromptResponse(rewritten.original(), rewritten.enhanced(), rewritten.reasoning());
        }
    }

    @POST
    @Operation(summary = "Rewrite a prompt into a clearer one for the agent (billed like any model call)")
    public EnhancePromptResponse enhance(EnhancePromptRequest body) {
        EnhancePromptRequest form = body == null ? new EnhancePromptRequest(null, null, null) : body;
        return EnhancePromptResponse.of(rewrite.rewrite(new RewritePrompt(caller.get(), form.prompt(), form.context(),
                form.modelId())));
    }
}
