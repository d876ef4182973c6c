package ai.iiagent.service.agents;

import ai.iiagent.port.in.credits.GetCreditBalanceUseCase;
import ai.iiagent.port.in.sessions.UpdateMilestoneStatusUseCase;
import ai.iiagent.port.in.sessions.UpdateSessionPlanUseCase;
import ai.iiagent.port.in.tasks.ClaimRunUseCase;
import ai.iiagent.port.in.tasks.MoveRunUseCase;
import ai.iiagent.port.out.agents.AgentMemoryRepository;
import java.util.Objects;

/**
 * What starting a run writes or checks beyond its preparation: the credit gate's balance, the run
 * claimed (and failed when it cannot start), a fork's carried conversation, the plan's milestones
 * and the plan a planning run submits.
 */
public record RunStartPorts(GetCreditBalanceUseCase balance, ClaimRunUseCase claimRun, MoveRunUseCase moveRun,
                            AgentMemoryRepository memory, UpdateMilestoneStatusUseCase milestones,
                            UpdateSessionPlanUseCase plans) {

    public RunStartPorts {
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(claimRun, "claimRun");
        Objects.requireNonNull(moveRun, "moveRun");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(milestones, "milestones");
        Objects.requireNonNull(plans, "plans");
    }
}
