package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.SessionErrors;
import ai.iiagent.port.out.sessions.SessionNoticeEncoding;
import ai.iiagent.domain.sessions.events.SessionNotice;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.domain.shared.ModelSettingId;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.port.in.sessions.ForkSessionCommand;
import ai.iiagent.port.in.sessions.ForkSessionUseCase;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand.Outgoing;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.sessions.ModelSettingVisibility;
import ai.iiagent.port.out.sessions.SessionRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.util.List;

/**
 * Saves the child (with a model setting only the caller may use) and its {@code session.forked} event in one unit of work. The event reaches the
 * bus just before the commit; that is safe here (unlike for an existing session) because nobody can
 * be watching a session whose id has not been returned yet.
 */
public final class ForkSessionService implements ForkSessionUseCase {

    static final ErrorCode MODEL_SETTING_NOT_FOUND = SessionErrors.MODEL_SETTING_NOT_FOUND;

    private final SessionAccess access;
    private final SessionRepository sessions;
    private final PublishSessionEventsUseCase events;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;
    private final ModelSettingVisibility models;
    private final SessionNoticeEncoding encoding;

    public ForkSessionService(SessionRepository sessions, PublishSessionEventsUseCase events, UnitOfWork unitOfWork,
                              ClockPort clock, ModelSettingVisibility models, SessionNoticeEncoding encoding) {
        this.encoding = encoding;
        this.access = new SessionAccess(sessions);
        this.models = models;
        this.sessions = sessions;
        this.events = events;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Session fork(ForkSessionCommand command) {
        Session parent = access.owned(command.owner(), command.parentId());
        ModelSettingId model = command.request().modelSettingId();
        if (model != null && !models.visibleTo(command.owner(), model)) {
            // Same answer as for a missing one: another user's setting ids must not be probeable.
            throw new NotFoundException(MODEL_SETTING_NOT_FOUND, "model setting " + model + " not found");
        }
        Session child = parent.fork(SessionId.random(), command.request(), clock.now());
        return unitOfWork.inTransaction(() -> {
            Session saved = sessions.save(child);
            SessionNoticeEncoding.Encoded forked = encoding.encode(null, new SessionNotice.Forked(saved.snapshot().forkInfo()));
            events.publish(new PublishSessionEventsCommand(saved.id(),
                    List.of(new Outgoing(forked.name(), null, JsonObject.of(forked.content())))));
            return saved;
        });
    }
}
