package ai.iiagent.service.agents;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.port.in.tasks.AgentCommand;
import ai.iiagent.port.in.tasks.HandleAgentCommandUseCase;

/** Socket commands that drive the agent: {@code query}, {@code plan} and {@code continue_run}; fork runs are not built yet. */
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
            case START_FORK -> throw new ServiceUnavailableException(ErrorCode.of("command_unavailable"),
                    "'" + command.kind().wireName() + "' is not available on this server yet");
        }
    }
}
