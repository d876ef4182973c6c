package ai.iiagent.service.sandboxes;

import ai.iiagent.domain.sandboxes.Terminal;
import ai.iiagent.port.in.sandboxes.OpenTerminalCommand;
import ai.iiagent.port.in.sandboxes.OpenTerminalUseCase;
import ai.iiagent.port.out.sessions.SessionRepository;

/** Opens the owner's terminal into the session's existing sandbox. */
public final class OpenTerminalService implements OpenTerminalUseCase {

    private final SandboxAccess access;
    private final LifecycleTerminals terminals;

    public OpenTerminalService(SessionRepository sessions, LifecycleTerminals terminals) {
        this.access = new SandboxAccess(sessions);
        this.terminals = terminals;
    }

    @Override
    public Terminal open(OpenTerminalCommand command) {
        access.requireOwner(command.caller(), command.sessionId());
        return terminals.open(command.sessionId(), command.size(), command.listener());
    }
}
