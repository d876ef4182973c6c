package ai.iiagent.service.sandboxes;

import ai.iiagent.port.in.sandboxes.AwakeSandboxCommand;
import ai.iiagent.port.in.sandboxes.AwakeSandboxUseCase;
import ai.iiagent.port.in.sandboxes.SandboxStatusView;
import ai.iiagent.port.out.sessions.SessionRepository;

/** Reattaches to and resumes the session's sandbox; never creates one. */
public final class AwakeSandboxService implements AwakeSandboxUseCase {

    private final SandboxAccess access;
    private final SandboxLifecycle lifecycle;

    public AwakeSandboxService(SessionRepository sessions, SandboxLifecycle lifecycle) {
        this.access = new SandboxAccess(sessions);
        this.lifecycle = lifecycle;
    }

    @Override
    public SandboxStatusView awake(AwakeSandboxCommand command) {
        access.requireOwner(command.caller(), command.sessionId());
        return lifecycle.awake(command.sessionId()).map(change -> SandboxViews.of(change.sandbox(), change.announced()))
                .orElseGet(SandboxStatusView::notCreated);
    }
}
