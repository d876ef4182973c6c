package ai.iiagent.service.sessions;

import ai.iiagent.port.out.sessions.SessionNoticeEncoding;
import ai.iiagent.domain.sessions.events.SessionNotice;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.in.sessions.ReportWorkspaceCommand;
import ai.iiagent.port.in.sessions.ReportWorkspaceUseCase;
import ai.iiagent.port.out.sessions.SessionRepository;
import java.util.List;

/** Publishes the session's workspace description; sandboxes fill in the real values when they exist. */
public final class ReportWorkspaceService implements ReportWorkspaceUseCase {

    private final SessionAccess access;
    private final PublishSessionEventsUseCase events;
    private final SessionNoticeEncoding encoding;

    public ReportWorkspaceService(SessionRepository sessions, PublishSessionEventsUseCase events,
                                  SessionNoticeEncoding encoding) {
        this.access = new SessionAccess(sessions);
        this.events = events;
        this.encoding = encoding;
    }

    @Override
    public void report(ReportWorkspaceCommand command) {
        access.requireOwned(command.owner(), command.sessionId());
        SessionNoticeEncoding.Encoded info = encoding.encode(null, new SessionNotice.NoWorkspaceYet());
        events.publish(new PublishSessionEventsCommand(command.sessionId(), List.of(
                new PublishSessionEventsCommand.Outgoing(info.name(), null, JsonObject.of(info.content())))));
    }
}
