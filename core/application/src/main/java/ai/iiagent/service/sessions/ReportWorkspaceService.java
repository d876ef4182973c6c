package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.in.sessions.ReportWorkspaceCommand;
import ai.iiagent.port.in.sessions.ReportWorkspaceUseCase;
import ai.iiagent.port.out.sessions.SessionRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Publishes the session's workspace description; sandboxes fill in the real values when they exist. */
public final class ReportWorkspaceService implements ReportWorkspaceUseCase {

    static final String NO_SANDBOX = "not_created";

    private final SessionAccess access;
    private final PublishSessionEventsUseCase events;

    public ReportWorkspaceService(SessionRepository sessions, PublishSessionEventsUseCase events) {
        this.access = new SessionAccess(sessions);
        this.events = events;
    }

    @Override
    public void report(ReportWorkspaceCommand command) {
        access.owned(command.owner(), command.sessionId());
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("workspace_path", "");
        content.put("sandbox_id", null);
        content.put("sandbox_status", NO_SANDBOX);
        events.publish(new PublishSessionEventsCommand(command.sessionId(), List.of(
                new PublishSessionEventsCommand.Outgoing(EventName.CONNECTION_WORKSPACE_INFO, null, JsonObject.of(content)))));
    }
}
