package ai.iiagent.service.sandboxes;

import ai.iiagent.domain.sandboxes.Sandbox;
import ai.iiagent.port.in.sandboxes.SandboxStatusView;

/** Records as the owner sees them. */
final class SandboxViews {

    private SandboxViews() {
    }

    static SandboxStatusView of(Sandbox row, boolean announced) {
        return new SandboxStatusView(row.state().code(), row.id().value(), row.provider(), row.vscodeUrl(),
                row.expiresAt(), announced);
    }
}
