package ai.iiagent.service.tasks;

import ai.iiagent.domain.tasks.RunNotFoundException;
import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.port.in.tasks.MoveRunCommand;
import ai.iiagent.port.in.tasks.MoveRunUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.tasks.RunTaskRepository;

/** Reads the stored run and moves it; an aborting run ends as cancelled whatever was asked. */
public final class MoveRunService implements MoveRunUseCase {

    private final RunTaskRepository runs;
    private final ClockPort clock;

    public MoveRunService(RunTaskRepository runs, ClockPort clock) {
        this.runs = runs;
        this.clock = clock;
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
        RunTask moved = run.moveTo(target, command.errorMessage(), clock.now());
        return runs.update(moved, moved.transition(command.reason()));
    }
}
