package ai.iiagent.service.agents;

import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.tasks.RunNotFoundException;
import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.in.sessions.SessionQuery;
import ai.iiagent.port.in.agents.CancelRun;
import ai.iiagent.port.in.agents.CancelRunUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.tasks.RunCancellationSignal;
import ai.iiagent.port.out.tasks.RunTaskRepository;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Running runs are asked to stop (aborting + signal); paused ones, which nothing executes, stop here. */
public final class CancelRunService implements CancelRunUseCase {

    static final String MESSAGE = "Run cancelled by the user.";

    private final GetSessionUseCase sessions;
    private final RunTaskRepository runs;
    private final RunCancellationSignal signal;
    private final PublishSessionEventsUseCase events;
    private final ClockPort clock;

    public CancelRunService(GetSessionUseCase sessions, RunTaskRepository runs, RunCancellationSignal signal,
                            PublishSessionEventsUseCase events, ClockPort clock) {
        this.sessions = sessions;
        this.runs = runs;
        this.signal = signal;
        this.events = events;
        this.clock = clock;
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
        RunTask ending = aborting.moveTo(RunStatus.CANCELLED, null, now);
        RunTask cancelled = runs.update(ending, ending.transition("cancelled while paused"));
        publishInterrupted(cancelled);
        return cancelled;
    }

    private void publishInterrupted(RunTask cancelled) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("message", MESSAGE);
        content.put("run_status", RunStatus.CANCELLED.code());
        content.put("run_id", cancelled.id().toString());
        events.publish(new PublishSessionEventsCommand(cancelled.sessionId(), List.of(
                new PublishSessionEventsCommand.Outgoing(EventName.AGENT_RESPONSE_INTERRUPTED,
                        cancelled.id().value(), content))));
    }
}
