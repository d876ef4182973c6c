package ai.iiagent.service.agents;

import ai.iiagent.port.in.tasks.AgentCommand;
import ai.iiagent.port.in.tasks.HandleAgentCommandUseCase;

/** Socket commands that drive the agent: {@code query}, {@code plan}, {@code continue_run}, {@code start_fork}, {@code enhance_prompt}, {@code save_env}. */
public final class HandleAgentCommandService implements HandleAgentCommandUseCase {

    private final AgentRuntime runtime;

    public HandleAgentCommandService(AgentRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void handle(AgentCommand command) {
        switch (command.kind()) {
            case QUERY -> runtime.startQuery(command);
            case CONTINUE_RUN -> runtime.continueRun(command);
            case PLAN -> runtime.startPlan(command);
            case START_FORK -> runtime.startFork(command);
            case ENHANCE_PROMPT -> runtime.enhancePrompt(command);
            case SAVE_ENV -> runtime.saveEnv(command);
        }
    }
}
