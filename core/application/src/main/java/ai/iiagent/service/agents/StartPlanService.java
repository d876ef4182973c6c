package ai.iiagent.service.agents;

import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.port.in.agents.StartPlan;
import ai.iiagent.port.in.agents.StartPlanUseCase;

/** {@code plan}: a run whose only tool is {@code submit_plan}. */
public final class StartPlanService implements StartPlanUseCase {

    private final AgentRuntime runtime;

    public StartPlanService(AgentRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public RunId startPlan(StartPlan command) {
        return runtime.startPlan(command);
    }
}
