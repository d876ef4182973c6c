package ai.iiagent.service.sandboxes;

import ai.iiagent.port.in.sandboxes.SandboxSweepReport;
import ai.iiagent.port.in.sandboxes.SweepSandboxesCommand;
import ai.iiagent.port.in.sandboxes.SweepSandboxesUseCase;

/** One run of the sandbox maintenance job: expiry, deleted sessions, idle pause, strays. */
public final class SweepSandboxesService implements SweepSandboxesUseCase {

    private final SandboxLifecycle lifecycle;

    public SweepSandboxesService(SandboxLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public SandboxSweepReport sweep(SweepSandboxesCommand command) {
        return lifecycle.sweep();
    }
}
