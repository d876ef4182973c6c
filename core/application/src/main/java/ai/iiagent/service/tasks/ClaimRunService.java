package ai.iiagent.service.tasks;

import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.port.in.tasks.ClaimRunCommand;
import ai.iiagent.port.in.tasks.ClaimRunUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.tasks.RunTaskRepository;
import java.time.Instant;

/** Inserts the run as running; the partial unique index refuses a second active run. */
public final class ClaimRunService implements ClaimRunUseCase {

    private final RunTaskRepository runs;
    private final ClockPort clock;

    public ClaimRunService(RunTaskRepository runs, ClockPort clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public RunTask claim(ClaimRunCommand command) {
        Instant now = clock.now();
        RunTask running = RunTask.create(command.sessionId(), command.kind(), now).moveTo(RunStatus.RUNNING, null, now);
        runs.insert(running, running.transition(command.reason() == null ? "claimed" : command.reason()));
        return runs.findById(running.id()).orElseThrow();
    }
}
