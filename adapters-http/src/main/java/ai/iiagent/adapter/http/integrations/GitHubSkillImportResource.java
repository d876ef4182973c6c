package ai.iiagent.adapter.http.integrations;

import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.settings.UserSkill;
import ai.iiagent.port.in.integrations.ImportSkillFromGitHubCommand;
import ai.iiagent.port.in.integrations.ImportSkillFromGitHubUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code POST /v1/user-settings/skills/github}: a skill imported from a public GitHub repository folder. */
@Path("/v1/user-settings/skills/github")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GitHubSkillImportResource {

    /** {@code url}, or the original's {@code github_url}. */
    public record ImportRequest(String url, String githubUrl) {
    }

    public record ImportedSkill(UUID id, String name, String description, String source, boolean isEnabled, int fileCount,
                                long sizeBytes) {
    }

    private final CurrentIdentity caller;
    private final ImportSkillFromGitHubUseCase importSkill;

    public GitHubSkillImportResource(CurrentIdentity caller, ImportSkillFromGitHubUseCase importSkill) {
        this.caller = caller;
        this.importSkill = importSkill;
    }

    @POST
    @Operation(summary = "Import a skill package (SKILL.md folder) from https://github.com/<owner>/<repo>[/tree/<branch>/<path>]")
    public Response importFromGitHub(ImportRequest body) {
        String url = body == null ? null : body.url() != null ? body.url() : body.githubUrl();
        UserSkill imported = importSkill.importSkill(new ImportSkillFromGitHubCommand(caller.get(), url));
        return Response.status(Response.Status.CREATED).entity(new ImportedSkill(imported.skill().id().value(),
                imported.skill().manifest().name(), imported.skill().manifest().description(), "github", imported.enabled(),
                imported.skill().fileCount(), imported.skill().packageBytes())).build();
    }
}
