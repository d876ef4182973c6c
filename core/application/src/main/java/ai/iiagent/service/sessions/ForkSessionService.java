package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.ForkInfo;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventName;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Saves the child (with a model setting only the caller may use) and its {@code session.forked} event in one unit of work. The event reaches the
 * bus just before the commit; that is safe here (unlike for an existing session) because nobody can
 * be watching a session whose id has not been returned yet.
 */
public final class ForkSessionService implements ForkSessionUseCase {

    static final ErrorCode MODEL_SETTING_NOT_FOUND = ErrorCode.of("model_setting_not_found");

    private final SessionAccess access;
    private final SessionRepository sessions;
    private final PublishSessionEventsUseCase events;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;
    private final ModelSettingVisibility models;

    public ForkSessionService(SessionRepository sessions, PublishSessionEventsUseCase events, UnitOfWork unitOfWork,
                              ClockPort clock, ModelSettingVisibility models) {
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
            events.publish(new PublishSessionEventsCommand(saved.id(),
                    List.of(new Outgoing(EventName.SESSION_FORKED, null, JsonObject.of(content(saved.snapshot().forkInfo()))))));
            return saved;
        });
    }

    static Map<String, Object> content(ForkInfo fork) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("source_session_id", fork.parentSessionId().toString());
        content.put("fork_type", fork.forkType().code());
        content.put("parent_agent_type", fork.parentAgentType());
        content.put("sandbox_mode", fork.sandboxMode().code());
        content.put("attachments", fork.context().attachments());
        content.put("additional_instruction", fork.context().additionalInstruction());
        return content;
    }
}
