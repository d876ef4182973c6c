package ai.iiagent.adapter.http.integrations;

import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.integrations.CodingCliErrors;
import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.port.in.integrations.AuthorizationLink;
import ai.iiagent.port.in.integrations.CompleteConnectorAuthorizationCommand;
import ai.iiagent.port.in.integrations.CompleteConnectorAuthorizationUseCase;
import ai.iiagent.port.in.integrations.ConnectorStatus;
import ai.iiagent.port.in.integrations.DisconnectConnectorCommand;
import ai.iiagent.port.in.integrations.DisconnectConnectorUseCase;
import ai.iiagent.port.in.integrations.GetConnectorStatusQuery;
import ai.iiagent.port.in.integrations.GetConnectorStatusUseCase;
import ai.iiagent.port.in.integrations.StartConnectorAuthorizationCommand;
import ai.iiagent.port.in.integrations.StartConnectorAuthorizationUseCase;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Claude Code's sign-in with the caller's Claude account (issue 22), under the original's path:
 * {@code auth-url} starts Anthropic's OAuth flow (state bound to the caller, PKCE); Anthropic's page
 * then shows {@code <code>#<state>}, which the user pastes and the UI posts as
 * {@code authorization_code}. The tokens are a connector ({@code claude_code}): sealed, refreshed
 * before use, never returned.
 */
@Path("/v1/user-settings/mcp/claude-code")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaudeCodeSettingsResource {

    public record ClaudeCodeRequest(String authorizationCode, String state) {
        @Override
        public String toString() {
            return "ClaudeCodeRequest[***]";
        }
    }

    public record ClaudeCodeResponse(boolean configured, boolean connected, Instant expiresAt, Instant connectedAt) {
        static ClaudeCodeResponse of(ConnectorStatus status) {
            return new ClaudeCodeResponse(status.configured(), status.connected(), status.expiresAt(), status.connectedAt());
        }
    }

    private final CurrentIdentity caller;
    private final StartConnectorAuthorizationUseCase start;
    private final CompleteConnectorAuthorizationUseCase complete;
    private final GetConnectorStatusUseCase status;
    private final DisconnectConnectorUseCase disconnect;

    public ClaudeCodeSettingsResource(CurrentIdentity caller, StartConnectorAuthorizationUseCase start,
                                      CompleteConnectorAuthorizationUseCase complete, GetConnectorStatusUseCase status,
                                      DisconnectConnectorUseCase disconnect) {
        this.caller = caller;
        this.start = start;
        this.complete = complete;
        this.status = status;
        this.disconnect = disconnect;
    }

    @GET
    @Operation(summary = "Whether the caller signed Claude Code in with a Claude account")
    public ClaudeCodeResponse get() {
        return ClaudeCodeResponse.of(status.status(new GetConnectorStatusQuery(caller.get(), ConnectorProvider.CLAUDE_CODE)));
    }

    @GET
    @Path("/auth-url")
    @Operation(summary = "Start Claude Code's sign-in: Anthropic's page, which shows a code to paste back")
    public ConnectorsResource.AuthUrlResponse authUrl() {
        AuthorizationLink link = start.start(new StartConnectorAuthorizationCommand(caller.get(), ConnectorProvider.CLAUDE_CODE));
        return new ConnectorsResource.AuthUrlResponse(link.authUrl(), link.state(), link.expiresAt());
    }

    @POST
    @Operation(summary = "Exchange the code Anthropic showed (code#state) for Claude Code's tokens, sealed")
    public ClaudeCodeResponse save(ClaudeCodeRequest body) {
        String code = body == null || body.authorizationCode() == null ? "" : body.authorizationCode().strip();
        int hash = code.indexOf('#');
        String state = hash >= 0 ? code.substring(hash + 1) : body == null ? null : body.state();
        if (code.isEmpty() || hash == 0 || state == null || state.isBlank()) {
            throw CodingCliErrors.invalid("authorization_code is what Anthropic's page showed: code#state");
        }
        // "code#state" goes on whole: Anthropic's token endpoint wants the state with the code
        String exchanged = hash >= 0 ? code : code + "#" + state;
        return ClaudeCodeResponse.of(complete.complete(new CompleteConnectorAuthorizationCommand(caller.get(),
                ConnectorProvider.CLAUDE_CODE, exchanged, state.strip())));
    }

    @DELETE
    @Operation(summary = "Forget Claude Code's tokens")
    public Response delete() {
        disconnect.disconnect(new DisconnectConnectorCommand(caller.get(), ConnectorProvider.CLAUDE_CODE));
        return Response.noContent().build();
    }
}
