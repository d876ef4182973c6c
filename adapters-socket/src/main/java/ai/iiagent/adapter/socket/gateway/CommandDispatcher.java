package ai.iiagent.adapter.socket.gateway;

import ai.iiagent.adapter.socket.gateway.SessionOwnership.OwnedSession;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.sessions.ReportWorkspaceCommand;
import ai.iiagent.port.in.sessions.ReportWorkspaceUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/**
 * {@code chat_message} commands (reference §4.2) to inbound ports. Every command addresses a session
 * and only its owner may send one: {@link SessionOwnership} checks that first, and each handler takes
 * the {@link OwnedSession} it returns. What a command produces arrives as session events, except the
 * direct replies ({@code ping}'s pong, a file listing, ...).
 */
@ApplicationScoped
public class CommandDispatcher {

    private final SessionOwnership ownership;
    private final AgentSocketMapper agentCommands;
    private final AgentCommands agents;
    private final ReportWorkspaceUseCase reportWorkspace;
    private final SandboxCommands sandbox;
    private final ProjectCommands projects;
    private final MobileCommands mobile;

    public CommandDispatcher(SessionOwnership ownership, AgentSocketMapper agentCommands, AgentCommands agents,
                             ReportWorkspaceUseCase reportWorkspace, SandboxCommands sandbox, ProjectCommands projects,
                             MobileCommands mobile) {
        this.ownership = ownership;
        this.agentCommands = agentCommands;
        this.agents = agents;
        this.reportWorkspace = reportWorkspace;
        this.sandbox = sandbox;
        this.projects = projects;
        this.mobile = mobile;
    }

    /** An event for the sending connection only (a transient envelope), not for the session's log. */
    record Reply(EventName name, Map<String, Object> content) {
    }

    /**
     * @param joined how the caller's connection is joined to {@code sessionId}
     * @return what to send back to the caller alone, if anything ({@code system.pong}, a file listing, ...)
     */
    Optional<Reply> dispatch(Identity caller, SessionId sessionId, SessionOwnership.Joined joined, String command,
                             Map<String, Object> payload) {
        if (command == null || command.isBlank()) {
            throw new ValidationException("chat_message needs content.command");
        }
        OwnedSession session = ownership.check(caller, sessionId, joined);
        Map<String, Object> content = payload == null ? Map.of() : payload;
        switch (command) {
            case "ping" -> {
                return Optional.of(new Reply(EventName.SYSTEM_PONG, Map.of("message", "pong")));
            }
            case "workspace_info" -> reportWorkspace.report(new ReportWorkspaceCommand(session.owner(), session.sessionId()));
            case "sandbox_status", "awake_sandbox", "file_tree", "file_content" -> {
                return sandbox.handle(session, command, content);
            }
            case "publish", "publish_cloud_run" -> projects.handle(session, command, content);
            default -> {
                if (MobileCommands.COMMANDS.contains(command)) {
                    return mobile.handle(session, command, content);
                }
                agents.run(agentCommands.parse(session, command, content)); // refuses unknown commands too
            }
        }
        return Optional.empty();
    }
}
