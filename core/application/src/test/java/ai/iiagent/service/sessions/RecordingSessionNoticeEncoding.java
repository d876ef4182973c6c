package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.SessionNotice;
import ai.iiagent.port.out.sessions.SessionNoticeEncoding;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The events' real names with their record components as content (by component name, values as
 * text): enough for services' tests, which check what they said; the wire keys are the adapter's
 * ({@code SessionEventJsonTest}). Remembers every event it encoded.
 */
public final class RecordingSessionNoticeEncoding implements SessionNoticeEncoding {

    private final List<SessionNotice> encoded = new ArrayList<>();

    @Override
    public synchronized Encoded encode(UUID runId, SessionNotice event) {
        encoded.add(event);
        EventName name = switch (event) {
            case SessionNotice.Forked e -> EventName.SESSION_FORKED;
            case SessionNotice.NoWorkspaceYet e -> EventName.CONNECTION_WORKSPACE_INFO;
            case SessionNotice.MilestoneUpdated e -> EventName.PLAN_MILESTONE_UPDATED;
            case SessionNotice.RunInterrupted e -> EventName.AGENT_RESPONSE_INTERRUPTED;
            case SessionNotice.RunStreamCompleted e -> EventName.AGENT_STREAM_COMPLETE;
            case SessionNotice.SandboxStatusChanged e -> EventName.SANDBOX_STATUS_CHANGED;
        };
        Map<String, Object> content = new LinkedHashMap<>();
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(event);
                content.put(component.getName(), value == null ? null : value.toString());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        if (runId != null) {
            content.put("runId", runId.toString());
        }
        return new Encoded(name, content);
    }

    public synchronized List<SessionNotice> encoded() {
        return List.copyOf(encoded);
    }
}
