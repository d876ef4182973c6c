package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand.Outgoing;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.out.agents.RunEventEncoding;
import java.util.List;

/**
 * The events of one run, all carrying its run id (none for run-less calls); the encoding names and
 * shapes them. A sub-agent's events go through a {@link #from(RunEvent.SubAgentTag) tagged} copy.
 */
final class RunEvents {

    private final PublishSessionEventsUseCase events;
    private final RunEventEncoding encoding;
    private final SessionId sessionId;
    private final RunId runId;
    private final RunEvent.SubAgentTag tag;

    RunEvents(PublishSessionEventsUseCase events, RunEventEncoding encoding, SessionId sessionId, RunId runId) {
        this(events, encoding, sessionId, runId, null);
    }

    private RunEvents(PublishSessionEventsUseCase events, RunEventEncoding encoding, SessionId sessionId, RunId runId,
                      RunEvent.SubAgentTag tag) {
        this.events = events;
        this.encoding = encoding;
        this.sessionId = sessionId;
        this.runId = runId;
        this.tag = tag;
    }

    /** The same run's events, each marked as coming from this sub-agent. */
    RunEvents from(RunEvent.SubAgentTag subAgent) {
        return new RunEvents(events, encoding, sessionId, runId, subAgent);
    }

    void emit(RunEvent event) {
        RunEvent sent = tag == null ? event : new RunEvent.FromSubAgent(tag, event);
        RunEventEncoding.Encoded encoded = encoding.encode(runId, sent);
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
