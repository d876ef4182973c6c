package ai.iiagent.adapter.persistence.tasks;

import ai.iiagent.adapter.persistence.PersistenceMapperConfig;
import ai.iiagent.adapter.persistence.SharedIdMappings;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.tasks.RunKind;
import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.domain.tasks.RunTransition;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** Runs and transitions between records and rows. */
@Mapper(config = PersistenceMapperConfig.class)
public interface RunTaskPersistenceMapper extends SharedIdMappings {

    // Hand-written: MapStruct would take RunTask.interrupted(Instant) for a fluent setter.
    default RunTask toDomain(RunTaskEntity row) {
        return new RunTask(new RunId(row.id), new SessionId(row.sessionId), toKind(row.taskType), toStatus(row.status),
                row.errorMessage, row.createdAt, row.updatedAt, row.version);
    }

    @Mapping(target = "taskType", source = "kind")
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "nodeId", ignore = true)
    @Mapping(target = "leaseExpiresAt", ignore = true)
    void copyInto(RunTask run, @MappingTarget RunTaskEntity row);

    @Mapping(target = "runId", source = "taskId")
    @Mapping(target = "at", source = "createdAt")
    RunTransition toDomain(TaskLogEntity row);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "taskId", source = "runId")
    @Mapping(target = "createdAt", source = "at")
    TaskLogEntity toRow(RunTransition transition);

    default UUID fromRunId(RunId id) {
        return id.value();
    }

    default RunId toRunId(UUID id) {
        return new RunId(id);
    }

    default String fromStatus(RunStatus status) {
        return status.code();
    }

    default RunStatus toStatus(String status) {
        return RunStatus.fromCode(status);
    }

    default String fromKind(RunKind kind) {
        return kind.code();
    }

    default RunKind toKind(String kind) {
        return RunKind.fromCode(kind);
    }
}
