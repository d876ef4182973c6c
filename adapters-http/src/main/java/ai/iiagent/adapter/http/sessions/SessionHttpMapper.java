package ai.iiagent.adapter.http.sessions;

import ai.iiagent.adapter.http.HttpMapperConfig;
import ai.iiagent.adapter.http.sessions.SessionWire.EventEnvelope;
import ai.iiagent.adapter.http.sessions.SessionWire.ForkResponse;
import ai.iiagent.adapter.http.sessions.SessionWire.SessionInfo;
import ai.iiagent.adapter.http.sessions.SessionWire.SessionListResponse;
import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionPlan;
import ai.iiagent.domain.sessions.SessionSnapshot;
import ai.iiagent.domain.sessions.events.SessionEvent;
import ai.iiagent.domain.shared.ModelSettingId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.sessions.SessionView;
import ai.iiagent.port.in.sessions.SessionViewPage;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Sessions and events to wire records. */
@Mapper(config = HttpMapperConfig.class)
public interface SessionHttpMapper {

    default SessionInfo toInfo(Session session) {
        return toInfo(session.snapshot(), null);
    }

    default SessionInfo toInfo(SessionView view) {
        SessionInfo info = toInfo(view.session().snapshot(), view.plan());
        return view.projectId() == null ? info : SessionWire.withProject(info, view.projectId());
    }

    @Mapping(target = "id", source = "snapshot.id")
    @Mapping(target = "userId", source = "snapshot.ownerId")
    @Mapping(target = "apiVersion", constant = "v1")
    @Mapping(target = "status", constant = "active")
    @Mapping(target = "publicUrl", expression = "java(snapshot.isPublic() ? \"/v1/public/sessions/\" + snapshot.id() : null)")
    @Mapping(target = "workspaceDir", ignore = true)
    @Mapping(target = "tokenUsage", ignore = true)
    @Mapping(target = "settings", ignore = true)
    @Mapping(target = "projectId", ignore = true)
    @Mapping(target = "titlePending", constant = "false")
    @Mapping(target = "sessionMetadata", expression = "java(SessionMetadataWire.of(snapshot.forkInfo(), plan))")
    SessionInfo toInfo(SessionSnapshot snapshot, SessionPlan plan);

    default SessionListResponse toResponse(SessionViewPage page) {
        return new SessionListResponse(page.sessions().stream().map(this::toInfo).toList(), page.total(), page.page(),
                page.perPage());
    }

    default ForkResponse toForkResponse(Session child) {
        SessionSnapshot s = child.snapshot();
        return new ForkResponse(s.id().value(), fromSessionId(s.parentSessionId()), s.name(), s.agentType(),
                s.forkInfo().sandboxMode().code(), fromModelSettingId(s.modelSettingId()));
    }

    default UUID fromModelSettingId(ModelSettingId id) {
        return id == null ? null : id.value();
    }

    default EventEnvelope toEnvelope(SessionEvent event) {
        return new EventEnvelope(SessionEvent.ENVELOPE_VERSION, event.seq(), event.id().value(),
                event.name().group().code(), event.name().wireName(), event.sessionId().value(), event.runId(),
                event.timestamp(), false, event.content(), event.name().wireName(), event.timestamp());
    }

    default UUID fromSessionId(SessionId id) {
        return id == null ? null : id.value();
    }

    default UUID fromUserId(UserId id) {
        return id.value();
    }

    default String fromAppKind(AppKind kind) {
        return kind.code();
    }
}
