package ai.iiagent.adapter.persistence.sessions;

import ai.iiagent.adapter.persistence.PersistenceMapperConfig;
import ai.iiagent.adapter.persistence.SharedIdMappings;
import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionSnapshot;
import ai.iiagent.domain.sessions.events.EventId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.SessionEvent;
import ai.iiagent.domain.shared.ModelSettingId;
import java.util.Map;
import java.util.UUID;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** Sessions and events between domain records and rows. */
@Mapper(config = PersistenceMapperConfig.class, uses = SessionMetadataJson.class,
        injectionStrategy = InjectionStrategy.CONSTRUCTOR)
public interface SessionPersistenceMapper extends SharedIdMappings {

    @Mapping(target = "forkInfo", source = "sessionMetadata")
    SessionSnapshot toSnapshot(SessionEntity row);

    @Mapping(target = "version", ignore = true)
    @Mapping(target = "sessionMetadata", source = "forkInfo")
    void copyInto(SessionSnapshot snapshot, @MappingTarget SessionEntity row);

    default SessionEvent toDomain(ApplicationEventEntity row, Map<String, Object> content) {
        return new SessionEvent(new EventId(row.id), row.seq, EventName.fromWireName(row.eventType),
                new SessionId(row.sessionId), row.runId, row.createdAt, content);
    }

    default ApplicationEventEntity toRow(SessionEvent event, String contentJson) {
        ApplicationEventEntity row = new ApplicationEventEntity();
        row.id = event.id().value();
        row.sessionId = event.sessionId().value();
        row.seq = event.seq();
        row.eventType = event.name().wireName();
        row.eventGroup = event.name().group().code();
        row.runId = event.runId();
        row.internal = event.isInternal();
        row.content = contentJson;
        row.createdAt = event.timestamp();
        return row;
    }

    default UUID fromModelSettingId(ModelSettingId id) {
        return id == null ? null : id.value();
    }

    default ModelSettingId toModelSettingId(UUID id) {
        return id == null ? null : new ModelSettingId(id);
    }

    default String fromAppKind(AppKind kind) {
        return kind.code();
    }

    default AppKind toAppKind(String kind) {
        return AppKind.fromCode(kind);
    }
}
