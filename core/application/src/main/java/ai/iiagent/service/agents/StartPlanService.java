package ai.iiagent.service.agents;

import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.port.in.agents.StartPlan;
import ai.iiagent.port.in.agents.StartPlanUseCase;

/** {@code plan}: a run whose only tool is {@code submit_plan}. */
public final class StartPlanService implements StartPlanUseCase {

    private final RunStarter starter;

    public StartPlanService(RunStarter starter) {
        this.starter = starter;
    }

    @Override
    public RunId startPlan(StartPlan command) {
        return starter.startPlan(command);
    }
}
