package ai.iiagent.service.agents;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand.Outgoing;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The events of one run, all carrying its run id (none for run-less calls); content keeps the reference's field names. */
final class RunEvents {

    private final PublishSessionEventsUseCase events;
    private final SessionId sessionId;
    private final RunId runId;
    private final Map<String, Object> tags;

    RunEvents(PublishSessionEventsUseCase events, SessionId sessionId, RunId runId) {
        this(events, sessionId, runId, Map.of());
    }

    private RunEvents(PublishSessionEventsUseCase events, SessionId sessionId, RunId runId, Map<String, Object> tags) {
        this.events = events;
        this.sessionId = sessionId;
        this.runId = runId;
        this.tags = tags;
    }

    /** The same run's events with these fields added to every content (a sub-agent's id on its events). */
    RunEvents tagged(Map<String, Object> more) {
        Map<String, Object> all = new LinkedHashMap<>(tags);
        all.putAll(more);
        return new RunEvents(events, sessionId, runId, all);
    }

    void emit(EventName name, Map<String, Object> content) {
        Map<String, Object> withRun = new LinkedHashMap<>(content);
        tags.forEach(withRun::putIfAbsent);
        if (runId != null) {
            withRun.putIfAbsent("run_id", runId.toString());
        }
        events.publish(new PublishSessionEventsCommand(sessionId, List.of(new Outgoing(name,
                runId == null ? null : runId.value(), withRun))));
    }

    void emit(EventName name, Object... keysAndValues) {
        Map<String, Object> content = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            content.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        emit(name, content);
    }

    RunId runId() {
        return runId;
    }

    SessionId sessionId() {
        return sessionId;
    }
}
