package ai.iiagent.service.agents;

import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.port.in.agents.ContinueRun;
import ai.iiagent.port.in.agents.ContinueRunUseCase;

/** {@code continue_run}: a paused run goes on with the calls it waits on approved or rejected. */
public final class ContinueRunService implements ContinueRunUseCase {

    private final RunResumer resumer;

    public ContinueRunService(RunResumer resumer) {
        this.resumer = resumer;
    }

    @Override
    public RunId continueRun(ContinueRun command) {
        return resumer.continueRun(command);
    }
}
