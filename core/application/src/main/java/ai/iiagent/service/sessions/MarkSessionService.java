package ai.iiagent.service.sessions;

import ai.iiagent.port.in.sessions.MarkSessionCommand;
import ai.iiagent.port.in.sessions.MarkSessionUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.sessions.SessionMarkRepository;
import ai.iiagent.port.out.sessions.SessionRepository;

/** Marks only the caller's live sessions; unmarking needs no live session (cleaning up is always allowed). */
public final class MarkSessionService implements MarkSessionUseCase {

    private final SessionAccess access;
    private final SessionMarkRepository marks;
    private final ClockPort clock;

    public MarkSessionService(SessionRepository sessions, SessionMarkRepository marks, ClockPort clock) {
        this.access = new SessionAccess(sessions);
        this.marks = marks;
        this.clock = clock;
    }

    @Override
    public boolean mark(MarkSessionCommand command) {
        if (!command.on()) {
            return marks.remove(command.owner().userId(), command.sessionId(), command.kind());
        }
        access.owned(command.owner(), command.sessionId());
        return marks.add(command.owner().userId(), command.sessionId(), command.kind(), clock.now());
    }
}
