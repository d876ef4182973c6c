package ai.iiagent.service.sandboxes;

import ai.iiagent.port.in.sandboxes.GetSandboxStatusQuery;
import ai.iiagent.port.in.sandboxes.GetSandboxStatusUseCase;
import ai.iiagent.port.in.sandboxes.SandboxStatusView;
import ai.iiagent.port.out.sessions.SessionRepository;

/** The recorded state of the session's sandbox (the one it shares, for a shared fork). */
public final class GetSandboxStatusService implements GetSandboxStatusUseCase {

    private final SandboxAccess access;
    private final SandboxLifecycle lifecycle;

    public GetSandboxStatusService(SessionRepository sessions, SandboxLifecycle lifecycle) {
        this.access = new SandboxAccess(sessions);
        this.lifecycle = lifecycle;
    }

    @Override
    public SandboxStatusView status(GetSandboxStatusQuery query) {
        access.requireOwner(query.caller(), query.sessionId());
        return lifecycle.current(query.sessionId()).map(row -> SandboxViews.of(row, false))
                .orElseGet(SandboxStatusView::notCreated);
    }
}
