package ai.iiagent.port.out.sessions;

import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.SessionNotice;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The protocol's form of {@link SessionNotice}s: the event name and the JSON content that is stored,
 * sent and replayed (docs/protocol/events.md). Only this port's adapter spells wire names and keys.
 */
public interface SessionNoticeEncoding {

    /**
     * @param runId the run the event belongs to, or null; a run's interruption and stream end carry
     *              it in their content too
     */
    Encoded encode(UUID runId, SessionNotice event);

    /** One event as the protocol names and shapes it. */
    record Encoded(EventName name, Map<String, Object> content) {

        public Encoded {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(content, "content");
        }
    }
}
