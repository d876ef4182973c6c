package ai.iiagent.service.agents;

import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.port.in.agents.StartFork;
import ai.iiagent.port.in.agents.StartForkUseCase;

/** {@code start_fork}: the first run of a forked session, carrying the parent's conversation. */
public final class StartForkService implements StartForkUseCase {

    private final RunStarter starter;

    public StartForkService(RunStarter starter) {
        this.starter = starter;
    }

    @Override
    public RunId startFork(StartFork command) {
        return starter.startFork(command);
    }
}
