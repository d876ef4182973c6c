package ai.iiagent.service.agents;

import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.port.in.credits.ReleaseRunHoldsCommand;
import ai.iiagent.port.in.credits.ReleaseRunHoldsUseCase;
import ai.iiagent.port.out.agents.AgentMemoryRepository;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.port.out.tasks.InterruptedRunFollowUp;
import java.util.List;

/**
 * After recovery failed a run: answers the tool calls it left pending (so the session's next
 * request is valid for every provider) and returns the credits it still held.
 */
public final class InterruptedRunCleanup implements InterruptedRunFollowUp {

    private final AgentMemoryRepository memory;
    private final ReleaseRunHoldsUseCase holds;

    public InterruptedRunCleanup(AgentMemoryRepository memory, ReleaseRunHoldsUseCase holds) {
        this.memory = memory;
        this.holds = holds;
    }

    @Override
    public void interrupted(RunTask run) {
        try {
            List<Message> results = DanglingCalls.resultsFor(memory.ofRun(run.id()));
            if (!results.isEmpty()) {
                memory.append(run.sessionId(), run.id(), results);
            }
        } finally {
            // Independent of the history: a failure there must not keep the credits held.
            holds.release(new ReleaseRunHoldsCommand(run.id().value()));
        }
    }
}
