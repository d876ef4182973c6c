package ai.iiagent.service.tasks;

import ai.iiagent.domain.tasks.LeaseTerms;
import ai.iiagent.domain.tasks.RunNotFoundException;
import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.port.in.tasks.MoveRunCommand;
import ai.iiagent.port.in.tasks.MoveRunUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.tasks.RunTaskRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;

/**
 * Reads the stored run and moves it; an aborting run ends as cancelled whatever was asked. A run
 * moved back to running (a paused run resumed) is driven by this node from now on, so it takes the lease.
 */
public final class MoveRunService implements MoveRunUseCase {

    private final RunTaskRepository runs;
    private final ClockPort clock;
    private final LeaseTerms lease;
    private final UnitOfWork unitOfWork;

    public MoveRunService(RunTaskRepository runs, ClockPort clock, LeaseTerms lease, UnitOfWork unitOfWork) {
        this.runs = runs;
        this.clock = clock;
        this.lease = lease;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public RunTask move(MoveRunCommand command) {
        RunTask run = runs.findById(command.runId())
                .orElseThrow(() -> new RunNotFoundException(null, "run " + command.runId()));
        // Asked to stop meanwhile: whatever the runtime wanted, the run ends cancelled.
        RunStatus target = run.status() == RunStatus.ABORTING ? RunStatus.CANCELLED : command.target();
        if (run.status() == target) {
            return run;
        }
        Instant now = clock.now();
        RunTask moved = run.moveTo(target, command.errorMessage(), now);
        return unitOfWork.inTransaction(() -> {
            RunTask stored = runs.update(moved, moved.transition(command.reason()));
            if (target == RunStatus.RUNNING) {
                runs.hold(stored.id(), lease.from(now));
            }
            return stored;
        });
    }
}
