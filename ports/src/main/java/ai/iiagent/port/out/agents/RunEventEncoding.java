package ai.iiagent.port.out.agents;

import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.tasks.RunId;
import java.util.Map;
import java.util.Objects;

/**
 * The protocol's form of run events: the event name and the JSON content that is stored, sent and
 * replayed (docs/protocol/events.md). The core speaks {@link RunEvent}; only this port's adapter
 * spells wire names and keys.
 */
public interface RunEventEncoding {

    /**
     * @param runId the run the event belongs to, or null for an event outside any run
     *              ({@code enhance_prompt}); when given, the content carries it too
     */
    Encoded encode(RunId runId, RunEvent event);

    /** One event as the protocol names and shapes it. */
    record Encoded(EventName name, Map<String, Object> content) {

        public Encoded {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(content, "content");
        }
    }
}
