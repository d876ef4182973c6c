package ai.iiagent.adapter.http.projects;

import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.projects.DatabaseRecords;
import ai.iiagent.domain.projects.DatabaseSchema;
import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.projects.ProjectErrors;
import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.projects.BrowseProjectDatabaseUseCase;
import ai.iiagent.port.in.projects.GetProjectUseCase;
import ai.iiagent.port.in.projects.ProjectSecretsUseCase;
import ai.iiagent.port.in.projects.ProjectView;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Projects over REST (docs/projects.md): a session's project, its secrets (names only ever answered;
 * values go to the project's .env in the sandbox) and a read-only browser of its database. Everything
 * is the owner's: another user's session or project is {@code 404 project_not_found}.
 */
@Path("/v1/project")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    public record DatabaseInfo(String source, String name, String role, String host, int port) {
    }

    public record ProjectResponse(UUID id, UUID sessionId, String name, String framework, String directory,
                                  Instant createdAt, DatabaseInfo database, List<String> secretNames) {
    }

    public record SecretsRequest(Map<String, String> secrets, List<String> keys) {
    }

    public record SecretsResponse(List<String> names) {
    }

    public record RecordsResponse(String table, List<String> columns, List<Map<String, String>> rows, int limit,
                                  int offset, long total) {
    }

    private final CurrentIdentity caller;
    private final GetProjectUseCase projects;
    private final ProjectSecretsUseCase secrets;
    private final BrowseProjectDatabaseUseCase databases;

    public ProjectResource(CurrentIdentity caller, GetProjectUseCase projects, ProjectSecretsUseCase secrets,
                           BrowseProjectDatabaseUseCase databases) {
        this.caller = caller;
        this.projects = projects;
        this.secrets = secrets;
        this.databases = databases;
    }

    @GET
    @Path("/{session_id}")
    @Operation(summary = "The session's project, its database (without credentials) and its secrets' names")
    public ProjectResponse get(@PathParam("session_id") String sessionId) {
        ProjectView view = projects.get(caller.get().userId(), session(sessionId));
        Project project = view.project();
        DatabaseInfo database = project.optionalDatabase().map(db -> new DatabaseInfo(db.source(), db.name(), db.role(),
                db.host(), db.port())).orElse(null);
        return new ProjectResponse(project.id().value(), project.sessionId().value(), project.name(), project.framework(),
                "/workspace/" + project.directory(), project.createdAt(), database, view.secretNames());
    }

    @GET
    @Path("/{session_id}/secrets")
    @Operation(summary = "The names of the project's secrets (values are never answered)")
    public SecretsResponse secretNames(@PathParam("session_id") String sessionId) {
        return new SecretsResponse(secrets.names(caller.get().userId(), session(sessionId)));
    }

    @POST
    @Path("/{session_id}/secrets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or overwrite secrets ({secrets: {NAME: value}}), keep the others; rewrites the sandbox .env")
    public SecretsResponse merge(@PathParam("session_id") String sessionId, SecretsRequest body) {
        return new SecretsResponse(secrets.merge(caller.get().userId(), session(sessionId), values(body)));
    }

    @PUT
    @Path("/{session_id}/secrets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make the secrets exactly these ({secrets: {NAME: value}}); rewrites the sandbox .env")
    public SecretsResponse replace(@PathParam("session_id") String sessionId, SecretsRequest body) {
        return new SecretsResponse(secrets.replace(caller.get().userId(), session(sessionId), values(body)));
    }

    @DELETE
    @Path("/{session_id}/secrets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remove secrets by name ({keys: [NAME]} or the names of {secrets: {...}}); rewrites the sandbox .env")
    public SecretsResponse remove(@PathParam("session_id") String sessionId, SecretsRequest body) {
        List<String> names = new ArrayList<>();
        if (body != null && body.keys() != null) {
            names.addAll(body.keys());
        }
        if (body != null && body.secrets() != null) {
            names.addAll(body.secrets().keySet());
        }
        if (names.isEmpty()) {
            throw new ValidationException(ProjectErrors.INVALID_SECRET, "name the secrets to remove in keys");
        }
        return new SecretsResponse(secrets.remove(caller.get().userId(), session(sessionId), names));
    }

    @GET
    @Path("/{project_id}/database/schema")
    @Operation(summary = "The tables and columns of the project's database")
    public DatabaseSchema schema(@PathParam("project_id") String projectId) {
        return databases.schema(caller.get().userId(), project(projectId));
    }

    @GET
    @Path("/{project_id}/database/records")
    @Operation(summary = "A page of one table's rows, read-only (limit 1..500, default 50)")
    public RecordsResponse records(@PathParam("project_id") String projectId, @QueryParam("table") String table,
                                   @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        DatabaseRecords page = databases.records(caller.get().userId(), project(projectId), table,
                number(limit, 50), number(offset, 0));
        return new RecordsResponse(page.table(), page.columns(), page.rows(), page.limit(), page.offset(), page.total());
    }

    private static Map<String, String> values(SecretsRequest body) {
        if (body == null || body.secrets() == null) {
            throw new ValidationException(ProjectErrors.INVALID_SECRET, "the body is {\"secrets\": {NAME: value}}");
        }
        return body.secrets();
    }

    private static int number(String raw, int otherwise) {
        if (raw == null || raw.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(ProjectErrors.INVALID_PAGE, "limit and offset are integers");
        }
    }

    private static SessionId session(String raw) {
        try {
            return new SessionId(UUID.fromString(raw));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            throw new NotFoundException(ProjectErrors.PROJECT_NOT_FOUND, "no such project");
        }
    }

    private static ProjectId project(String raw) {
        try {
            return new ProjectId(UUID.fromString(raw));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            throw new NotFoundException(ProjectErrors.PROJECT_NOT_FOUND, "no such project");
        }
    }
}
