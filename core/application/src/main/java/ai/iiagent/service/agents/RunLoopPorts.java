package ai.iiagent.service.agents;

import ai.iiagent.port.in.credits.GetCreditBalanceUseCase;
import ai.iiagent.port.in.files.ShareSessionFileUseCase;
import ai.iiagent.port.in.tasks.MoveRunUseCase;
import ai.iiagent.port.out.agents.AgentMemoryRepository;
import ai.iiagent.port.out.tasks.RunCancellationSignal;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.service.metering.BillableExecutor;
import java.util.Objects;

/**
 * What a running agent loop works with: the metering path for its turns and tools, the memory its
 * messages go to, the run's status and cancel flag, the balance (to tell a cancel from credits that
 * ran out), the files its tools deliver, the session's variables, and the unit of work that stores a run's
 * end together with the events announcing it.
 */
public record RunLoopPorts(BillableExecutor billable, AgentMemoryRepository memory, MoveRunUseCase moveRun,
                           RunCancellationSignal cancellation, GetCreditBalanceUseCase balance,
                           ShareSessionFileUseCase sharedFiles, SessionEnvironment environment,
                           UnitOfWork unitOfWork) {

    public RunLoopPorts {
        Objects.requireNonNull(billable, "billable");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(moveRun, "moveRun");
        Objects.requireNonNull(cancellation, "cancellation");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(sharedFiles, "sharedFiles");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
    }
}
