package ai.iiagent.adapter.socket.gateway;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.shared.AccessDeniedException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.sessions.ReportWorkspaceCommand;
import ai.iiagent.port.in.sessions.ReportWorkspaceUseCase;
import ai.iiagent.port.in.tasks.AgentCommand;
import ai.iiagent.port.in.tasks.AgentCommandKind;
import ai.iiagent.port.in.tasks.CancelRunCommand;
import ai.iiagent.port.in.tasks.CancelRunUseCase;
import ai.iiagent.port.in.tasks.HandleAgentCommandUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code chat_message} commands (reference §4.2) to inbound ports. Only the session's owner may
 * send; what a command produces arrives as session events, except {@code ping}'s direct pong.
 */
@ApplicationScoped
public class CommandDispatcher {

    /** Commands of the protocol whose features this server does not have yet. */
    static final Set<String> NOT_YET_AVAILABLE = Set.of();

    private final CancelRunUseCase cancelRun;
    private final ReportWorkspaceUseCase reportWorkspace;
    private final HandleAgentCommandUseCase agent;
    private final SandboxCommands sandbox;

    public CommandDispatcher(CancelRunUseCase cancelRun, ReportWorkspaceUseCase reportWorkspace,
                             HandleAgentCommandUseCase agent, SandboxCommands sandbox) {
        this.cancelRun = cancelRun;
        this.reportWorkspace = reportWorkspace;
        this.agent = agent;
        this.sandbox = sandbox;
    }

    /** An event for the sending connection only (a transient envelope), not for the session's log. */
    record Reply(EventName name, Map<String, Object> content) {
    }

    /** @return what to send back to the caller alone, if anything ({@code system.pong}, a file listing, ...) */
    Optional<Reply> dispatch(Identity caller, SessionId sessionId, boolean owner, String command, Map<String, Object> payload) {
        if (command == null || command.isBlank()) {
            throw new ValidationException("chat_message needs content.command");
        }
        if (!owner) {
            throw new AccessDeniedException(ErrorCode.of("auth_error"), "only the session's owner can send commands");
        }
        switch (command) {
            case "ping" -> {
                return Optional.of(new Reply(EventName.SYSTEM_PONG, Map.of("message", "pong")));
            }
            case "cancel" -> cancelRun.cancel(new CancelRunCommand(caller, sessionId));
            case "workspace_info" -> reportWorkspace.report(new ReportWorkspaceCommand(caller, sessionId));
            case "sandbox_status", "awake_sandbox", "file_tree", "file_content" -> {
                return sandbox.handle(caller, sessionId, command, payload == null ? Map.of() : payload);
            }
            default -> routeRest(caller, sessionId, command, payload);
        }
        return Optional.empty();
    }

    private void routeRest(Identity caller, SessionId sessionId, String command, Map<String, Object> payload) {
        AgentCommandKind kind = AgentCommandKind.fromWireName(command).orElse(null);
        if (kind != null) {
            agent.handle(new AgentCommand(caller, sessionId, kind, payload));
        } else if (NOT_YET_AVAILABLE.contains(command)) {
            throw new ServiceUnavailableException(ErrorCode.of("command_unavailable"),
                    "'" + command + "' is not available on this server yet");
        } else {
            throw new ValidationException("unknown command: " + command);
        }
    }
}
