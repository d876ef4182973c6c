package ai.iiagent.service.tasks;

import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.NewSessionEvent;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.port.in.sessions.AppendSessionEventsCommand;
import ai.iiagent.port.in.sessions.AppendSessionEventsUseCase;
import ai.iiagent.port.in.tasks.RecoverInterruptedRunsCommand;
import ai.iiagent.port.in.tasks.RecoverInterruptedRunsUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.tasks.RunTaskRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fails orphaned runs one by one (state, audit line and event together), skipping any that moved meanwhile. */
public final class RecoverInterruptedRunsService implements RecoverInterruptedRunsUseCase {

    static final String MESSAGE = "The server restarted while this run was in progress; it was stopped.";

    private final RunTaskRepository runs;
    private final AppendSessionEventsUseCase events;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;

    public RecoverInterruptedRunsService(RunTaskRepository runs, AppendSessionEventsUseCase events,
                                         UnitOfWork unitOfWork, ClockPort clock) {
        this.runs = runs;
        this.events = events;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public int recover(RecoverInterruptedRunsCommand command) {
        Instant now = clock.now();
        int recovered = 0;
        for (RunTask orphan : runs.findActiveUpdatedBefore(now.minus(command.grace()))) {
            if (orphan.status() == RunStatus.PAUSED) {
                continue; // a paused run waits for the user, not for a process: nothing was interrupted
            }
            try {
                unitOfWork.run(() -> fail(orphan, now));
                recovered++;
            } catch (DomainException movedMeanwhile) {
                // Another node finished or recovered it first: nothing left to do for this run.
            }
        }
        return recovered;
    }

    private void fail(RunTask orphan, Instant now) {
        RunTask failed = orphan.interrupted(now);
        runs.update(failed, failed.transition("recovered after restart"));
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("message", MESSAGE);
        content.put("run_status", RunStatus.FAILED.code());
        content.put("run_id", orphan.id().toString());
        events.append(new AppendSessionEventsCommand(orphan.sessionId(), List.of(NewSessionEvent.of(
                EventName.AGENT_RESPONSE_INTERRUPTED, orphan.sessionId(), orphan.id().value(), now, content))));
    }
}
