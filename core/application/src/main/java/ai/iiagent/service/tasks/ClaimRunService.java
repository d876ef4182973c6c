package ai.iiagent.service.tasks;

import ai.iiagent.domain.tasks.LeaseTerms;
import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.port.in.tasks.ClaimRunCommand;
import ai.iiagent.port.in.tasks.ClaimRunUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.tasks.RunTaskRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;

/**
 * Inserts the run as running, held by this node; the partial unique index refuses a second active run.
 * Run and lease are written together, so no other node ever sees the run without its driver.
 */
public final class ClaimRunService implements ClaimRunUseCase {

    private final RunTaskRepository runs;
    private final ClockPort clock;
    private final LeaseTerms lease;
    private final UnitOfWork unitOfWork;

    public ClaimRunService(RunTaskRepository runs, ClockPort clock, LeaseTerms lease, UnitOfWork unitOfWork) {
        this.runs = runs;
        this.clock = clock;
        this.lease = lease;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public RunTask claim(ClaimRunCommand command) {
        Instant now = clock.now();
        RunTask running = RunTask.create(command.sessionId(), command.kind(), now).moveTo(RunStatus.RUNNING, null, now);
        unitOfWork.run(() -> {
            runs.insert(running, running.transition(command.reason() == null ? "claimed" : command.reason()));
            runs.hold(running.id(), lease.from(now));
        });
        return runs.findById(running.id()).orElseThrow();
    }
}
