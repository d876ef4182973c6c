package ai.iiagent.adapter.persistence.tasks;

import ai.iiagent.adapter.persistence.ConstraintViolations;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.tasks.RunAlreadyActiveException;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.domain.tasks.RunTransition;
import ai.iiagent.port.out.tasks.RunTaskRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/** {@link RunTaskRepository} on PostgreSQL; the partial unique index is the last word on "one active run". */
@ApplicationScoped
public class RunTaskPersistenceAdapter implements RunTaskRepository {

    private static final String ONE_ACTIVE = "uq_run_tasks_one_active_per_session";
    private static final List<String> ACTIVE = List.of("pending", "running", "paused", "aborting");

    private final RunTaskPersistenceMapper mapper;

    public RunTaskPersistenceAdapter(RunTaskPersistenceMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public void insert(RunTask run, RunTransition first) {
        RunTaskEntity row = new RunTaskEntity();
        mapper.copyInto(run, row);
        try {
            row.persistAndFlush();
        } catch (ConstraintViolationException e) {
            if (ConstraintViolations.isNamed(e, ONE_ACTIVE)) {
                throw new RunAlreadyActiveException();
            }
            throw e;
        }
        mapper.toRow(first).persist();
    }

    @Override
    @Transactional
    public RunTask update(RunTask run, RunTransition transition) {
        RunTaskEntity row = RunTaskEntity.<RunTaskEntity>findByIdOptional(run.id().value())
                .filter(stored -> stored.version == run.version())
                .orElseThrow(RunTaskPersistenceAdapter::concurrentModification);
        mapper.copyInto(run, row);
        try {
            row.persistAndFlush();
        } catch (OptimisticLockException e) {
            throw concurrentModification();
        }
        mapper.toRow(transition).persist();
        return mapper.toDomain(row);
    }

    @Override
    @Transactional
    public Optional<RunTask> findById(RunId id) {
        return RunTaskEntity.<RunTaskEntity>findByIdOptional(id.value()).map(mapper::toDomain);
    }

    @Override
    @Transactional
    public Optional<RunTask> latestForSession(SessionId sessionId) {
        return RunTaskEntity.<RunTaskEntity>find("sessionId", Sort.descending("createdAt"), sessionId.value())
                .firstResultOptional().map(mapper::toDomain);
    }

    @Override
    @Transactional
    public List<RunTask> findActiveUpdatedBefore(Instant cutoff) {
        return RunTaskEntity.<RunTaskEntity>find("status in :active and updatedAt < :cutoff",
                        Parameters.with("active", ACTIVE).and("cutoff", cutoff))
                .list().stream().map(mapper::toDomain).toList();
    }

    @Override
    @Transactional
    public List<RunTransition> transitionsOf(RunId id) {
        return TaskLogEntity.<TaskLogEntity>find("taskId", Sort.ascending("id"), id.value())
                .list().stream().map(mapper::toDomain).toList();
    }

    private static ConflictException concurrentModification() {
        return new ConflictException(ErrorCode.of("concurrent_modification"), "the run changed meanwhile");
    }
}
