package ai.iiagent.service.agents;

import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.tasks.RunNotFoundException;
import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.in.sessions.SessionQuery;
import ai.iiagent.port.in.agents.CancelRun;
import ai.iiagent.port.in.agents.CancelRunUseCase;
import ai.iiagent.port.out.agents.RunEventEncoding;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.tasks.RunCancellationSignal;
import ai.iiagent.port.out.tasks.RunTaskRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;

/** Running runs are asked to stop (aborting + signal); paused ones, which nothing executes, stop here. */
public final class CancelRunService implements CancelRunUseCase {

    static final String MESSAGE = "Run cancelled by the user.";

    private final GetSessionUseCase sessions;
    private final RunTaskRepository runs;
    private final RunCancellationSignal signal;
    private final PublishSessionEventsUseCase events;
    private final RunEventEncoding encoding;
    private final ClockPort clock;
    private final UnitOfWork unitOfWork;

    public CancelRunService(GetSessionUseCase sessions, RunTaskRepository runs, RunCancellationSignal signal,
                            PublishSessionEventsUseCase events, RunEventEncoding encoding, ClockPort clock,
                            UnitOfWork unitOfWork) {
        this.sessions = sessions;
        this.runs = runs;
        this.signal = signal;
        this.events = events;
        this.encoding = encoding;
        this.clock = clock;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public RunTask cancel(CancelRun command) {
        Session session = sessions.get(new SessionQuery(command.owner(), command.sessionId())).session();
        if (!session.isOwnedBy(command.owner().userId())) {
            throw new SessionNotFoundException(command.sessionId()); // watchers of a public session may not steer it
        }
        RunTask run = runs.latestForSession(command.sessionId())
                .filter(latest -> latest.status() == RunStatus.RUNNING || latest.status() == RunStatus.PAUSED)
                .orElseThrow(() -> new RunNotFoundException(command.sessionId(), "running or paused run to cancel"));
        Instant now = clock.now();
        RunTask moving = run.moveTo(RunStatus.ABORTING, null, now);
        RunTask aborting = runs.update(moving, moving.transition("cancel requested by the user"));
        if (run.status() == RunStatus.RUNNING) {
            signal.raise(run.id());
            return aborting;
        }
        // One unit: a reader that sees the run cancelled also finds the event that says so.
        return unitOfWork.inTransaction(() -> {
            RunTask ending = aborting.moveTo(RunStatus.CANCELLED, null, now);
            RunTask cancelled = runs.update(ending, ending.transition("cancelled while paused"));
            publishInterrupted(cancelled);
            return cancelled;
        });
    }

    private void publishInterrupted(RunTask cancelled) {
        new RunEvents(events, encoding, cancelled.sessionId(), cancelled.id())
                .emit(new RunEvent.Interrupted(MESSAGE, RunEvent.RunEnd.CANCELLED_WHILE_PAUSED));
    }
}
