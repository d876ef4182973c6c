package ai.iiagent.adapter.http.integrations;

import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.integrations.GitHubRepository;
import ai.iiagent.port.in.integrations.AuthorizationLink;
import ai.iiagent.port.in.integrations.CompleteConnectorAuthorizationCommand;
import ai.iiagent.port.in.integrations.CompleteConnectorAuthorizationUseCase;
import ai.iiagent.port.in.integrations.ConnectorStatus;
import ai.iiagent.port.in.integrations.DisconnectConnectorCommand;
import ai.iiagent.port.in.integrations.DisconnectConnectorUseCase;
import ai.iiagent.port.in.integrations.GetConnectorStatusQuery;
import ai.iiagent.port.in.integrations.GetConnectorStatusUseCase;
import ai.iiagent.port.in.integrations.ListGitHubRepositoriesQuery;
import ai.iiagent.port.in.integrations.ListGitHubRepositoriesUseCase;
import ai.iiagent.port.in.integrations.StartConnectorAuthorizationCommand;
import ai.iiagent.port.in.integrations.StartConnectorAuthorizationUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The caller's OAuth connectors ({@code github}, {@code google-drive}, {@code revenuecat}): start,
 * complete (the UI page at the registered redirect URI posts the code and state here), status,
 * disconnect; and GitHub's app config and repository list. Tokens never leave the server.
 */
@Path("/v1/connectors")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConnectorsResource {

    public record AuthUrlResponse(String authUrl, String state, Instant expiresAt) {
    }

    public record CallbackRequest(String code, String state) {
    }

    public record StatusResponse(String provider, boolean configured, boolean connected, String account, String scope,
                                 Instant expiresAt, Instant connectedAt) {
        static StatusResponse of(ConnectorStatus status) {
            return new StatusResponse(status.provider().code(), status.configured(), status.connected(), status.account(),
                    status.scope(), status.expiresAt(), status.connectedAt());
        }
    }

    public record AppConfigResponse(boolean configured, String clientId, String appName, String installUrl,
                                    String redirectUri) {
    }

    public record RepositoryResponse(long id, String fullName, String name, String owner, boolean isPrivate,
                                     String defaultBranch, String description, String htmlUrl, Instant updatedAt) {
        static RepositoryResponse of(GitHubRepository r) {
            return new RepositoryResponse(r.id(), r.fullName(), r.name(), r.owner(), r.privateRepository(),
                    r.defaultBranch(), r.description(), r.htmlUrl(), r.updatedAt());
        }
    }

    public record PickerConfigResponse(boolean configured, boolean connected, String clientId, String developerKey,
                                       String appId, String scope) {
    }

    public record RepositoriesResponse(List<RepositoryResponse> repositories, int page, int perPage) {
    }

    private final CurrentIdentity caller;
    private final StartConnectorAuthorizationUseCase start;
    private final CompleteConnectorAuthorizationUseCase complete;
    private final GetConnectorStatusUseCase status;
    private final DisconnectConnectorUseCase disconnect;
    private final ListGitHubRepositoriesUseCase repositories;
    private final GitHubAppSettings github;
    private final GooglePickerSettings picker;

    public ConnectorsResource(CurrentIdentity caller, StartConnectorAuthorizationUseCase start,
                              CompleteConnectorAuthorizationUseCase complete, GetConnectorStatusUseCase status,
                              DisconnectConnectorUseCase disconnect, ListGitHubRepositoriesUseCase repositories,
                              GitHubAppSettings github, GooglePickerSettings picker) {
        this.caller = caller;
        this.start = start;
        this.complete = complete;
        this.status = status;
        this.disconnect = disconnect;
        this.repositories = repositories;
        this.github = github;
        this.picker = picker;
    }

    @GET
    @Path("/{provider}/auth-url")
    @Operation(summary = "Start connecting: the provider's authorisation URL and the single-use state (valid 10 minutes)")
    public AuthUrlResponse authUrl(@PathParam("provider") String provider) {
        AuthorizationLink link = start.start(new StartConnectorAuthorizationCommand(caller.get(),
                ConnectorProvider.fromPath(provider)));
        return new AuthUrlResponse(link.authUrl(), link.state(), link.expiresAt());
    }

    @POST
    @Path("/{provider}/callback")
    @Operation(summary = "Complete connecting with the code and state the provider sent back")
    public StatusResponse callback(@PathParam("provider") String provider, CallbackRequest body) {
        CallbackRequest request = body == null ? new CallbackRequest(null, null) : body;
        return StatusResponse.of(complete.complete(new CompleteConnectorAuthorizationCommand(caller.get(),
                ConnectorProvider.fromPath(provider), request.code(), request.state())));
    }

    @GET
    @Path("/{provider}/status")
    @Operation(summary = "Whether the caller has connected this provider (never any token)")
    public StatusResponse status(@PathParam("provider") String provider) {
        return StatusResponse.of(status.status(new GetConnectorStatusQuery(caller.get(), ConnectorProvider.fromPath(provider))));
    }

    @DELETE
    @Path("/{provider}")
    @Operation(summary = "Disconnect: revoke the grant at the provider and forget the tokens")
    public Response disconnect(@PathParam("provider") String provider) {
        disconnect.disconnect(new DisconnectConnectorCommand(caller.get(), ConnectorProvider.fromPath(provider)));
        return Response.noContent().build();
    }

    @GET
    @Path("/github/app-config")
    @Operation(summary = "GitHub's public client id, app name and the callback URL to register")
    public AppConfigResponse githubAppConfig() {
        boolean configured = status.status(new GetConnectorStatusQuery(caller.get(), ConnectorProvider.GITHUB)).configured();
        String install = github.appName() == null || github.appName().isBlank() ? null
                : "https://github.com/apps/" + github.appName() + "/installations/new";
        return new AppConfigResponse(configured, configured ? github.clientId() : null, github.appName(), install,
                github.redirectUri());
    }

    @GET
    @Path("/google-drive/picker-config")
    @Operation(summary = "The Google Picker's public values (client id, developer key, app id); never a token")
    public PickerConfigResponse googleDrivePickerConfig() {
        ConnectorStatus drive = status.status(new GetConnectorStatusQuery(caller.get(), ConnectorProvider.GOOGLE_DRIVE));
        return new PickerConfigResponse(drive.configured(), drive.connected(), drive.configured() ? picker.clientId() : null,
                picker.developerKey(), picker.appId(), picker.scope());
    }

    @GET
    @Path("/github/repositories")
    @Operation(summary = "The repositories the caller's GitHub account can read, most recently updated first")
    public RepositoriesResponse githubRepositories(@QueryParam("page") @DefaultValue("1") int page,
                                                   @QueryParam("per_page") @DefaultValue("30") int perPage) {
        return new RepositoriesResponse(repositories.list(new ListGitHubRepositoriesQuery(caller.get(), page, perPage))
                .stream().map(RepositoryResponse::of).toList(), page, perPage);
    }
}
