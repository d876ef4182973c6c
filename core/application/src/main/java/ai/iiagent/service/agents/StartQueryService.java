package ai.iiagent.service.agents;

import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.port.in.agents.StartQuery;
import ai.iiagent.port.in.agents.StartQueryUseCase;

/** {@code query}: an agent run on the user's text, or on milestones of the session's plan. */
public final class StartQueryService implements StartQueryUseCase {

    private final RunStarter starter;

    public StartQueryService(RunStarter starter) {
        this.starter = starter;
    }

    @Override
    public RunId startQuery(StartQuery command) {
        return starter.startQuery(command);
    }
}
