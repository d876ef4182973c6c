package ai.iiagent.adapter.persistence.tasks;

import ai.iiagent.adapter.persistence.ConstraintViolations;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.tasks.NodeId;
import ai.iiagent.domain.tasks.RunAlreadyActiveException;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.tasks.RunLease;
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

/**
 * {@link RunTaskRepository} on PostgreSQL; the partial unique index is the last word on "one active run".
 * Leases are written by plain statements, outside the entity and its version.
 */
@ApplicationScoped
public class RunTaskPersistenceAdapter implements RunTaskRepository {

    private static final String ONE_ACTIVE = "uq_run_tasks_one_active_per_session";
    private static final List<String> ACTIVE = List.of("pending", "running", "paused", "aborting");
    private static final String ACTIVE_SQL = "('pending', 'running', 'paused', 'aborting')";

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
    public void hold(RunId id, RunLease lease) {
        RunTaskEntity.getEntityManager()
                .createNativeQuery("UPDATE run_tasks SET node_id = ?1, lease_expires_at = ?2 WHERE id = ?3")
                .setParameter(1, lease.node().value()).setParameter(2, lease.expiresAt()).setParameter(3, id.value())
                .executeUpdate();
    }

    @Override
    @Transactional
    public int renew(NodeId node, Instant until) {
        return RunTaskEntity.getEntityManager()
                .createNativeQuery("UPDATE run_tasks SET lease_expires_at = ?1 WHERE node_id = ?2 AND status IN "
                        + ACTIVE_SQL)
                .setParameter(1, until).setParameter(2, node.value()).executeUpdate();
    }

    @Override
    @Transactional
    public List<RunTask> findActiveWithLapsedLease(Instant now) {
        return RunTaskEntity.<RunTaskEntity>find("status in :active and (leaseExpiresAt is null or leaseExpiresAt < :now)",
                        Parameters.with("active", ACTIVE).and("now", now))
                .list().stream().map(mapper::toDomain).toList();
    }

    @Override
    @Transactional
    public Optional<RunLease> leaseOf(RunId id) {
        // Read past the session cache: the lease statements bypass the entity.
        List<?> rows = RunTaskEntity.getEntityManager()
                .createNativeQuery("SELECT node_id, lease_expires_at FROM run_tasks WHERE id = ?1 AND node_id IS NOT NULL")
                .setParameter(1, id.value()).getResultList();
        return rows.stream().findFirst().map(row -> (Object[]) row)
                .map(row -> new RunLease(new NodeId((String) row[0]), toInstant(row[1])));
    }

    private static Instant toInstant(Object column) {
        return switch (column) {
            case Instant instant -> instant;
            case java.time.OffsetDateTime offset -> offset.toInstant();
            case java.sql.Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + column.getClass());
        };
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
