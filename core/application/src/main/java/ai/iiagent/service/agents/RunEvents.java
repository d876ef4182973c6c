package ai.iiagent.service.agents;

import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand.Outgoing;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.out.agents.RunEventEncoding;
import java.util.List;

/** The events of one run, all carrying its run id (none for run-less calls); the encoding names and shapes them. */
final class RunEvents {

    private final PublishSessionEventsUseCase events;
    private final RunEventEncoding encoding;
    private final SessionId sessionId;
    private final RunId runId;

    RunEvents(PublishSessionEventsUseCase events, RunEventEncoding encoding, SessionId sessionId, RunId runId) {
        this.events = events;
        this.encoding = encoding;
        this.sessionId = sessionId;
        this.runId = runId;
    }

    void emit(RunEvent event) {
        RunEventEncoding.Encoded encoded = encoding.encode(runId, event);
        events.publish(new PublishSessionEventsCommand(sessionId, List.of(new Outgoing(encoded.name(),
                runId == null ? null : runId.value(), JsonObject.of(encoded.content())))));
    }

    RunId runId() {
        return runId;
    }

    SessionId sessionId() {
        return sessionId;
    }
}
