package ai.iiagent.port.out.tasks;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.tasks.NodeId;
import ai.iiagent.domain.tasks.RunAlreadyActiveException;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.tasks.RunLease;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.domain.tasks.RunTransition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory {@link RunTaskRepository} with the same one-active-run, version and lease rules. */
public class InMemoryRunTaskRepository implements RunTaskRepository {

    private final Map<RunId, RunTask> runs = new LinkedHashMap<>();
    private final Map<RunId, List<RunTransition>> logs = new LinkedHashMap<>();
    private final Map<RunId, RunLease> leases = new LinkedHashMap<>();

    @Override
    public synchronized void insert(RunTask run, RunTransition first) {
        boolean busy = runs.values().stream()
                .anyMatch(other -> other.sessionId().equals(run.sessionId()) && other.status().isActive());
        if (busy && run.status().isActive()) {
            throw new RunAlreadyActiveException();
        }
        runs.put(run.id(), run);
        logs.computeIfAbsent(run.id(), ignored -> new ArrayList<>()).add(first);
    }

    @Override
    public synchronized RunTask update(RunTask run, RunTransition transition) {
        RunTask stored = runs.get(run.id());
        if (stored == null || stored.version() != run.version()) {
            throw new ConflictException(ErrorCode.of("concurrent_modification"), "the run changed meanwhile");
        }
        RunTask saved = new RunTask(run.id(), run.sessionId(), run.kind(), run.status(), run.errorMessage(),
                run.createdAt(), run.updatedAt(), run.version() + 1);
        runs.put(run.id(), saved);
        logs.get(run.id()).add(transition);
        return saved;
    }

    @Override
    public synchronized Optional<RunTask> findById(RunId id) {
        return Optional.ofNullable(runs.get(id));
    }

    @Override
    public synchronized Optional<RunTask> latestForSession(SessionId sessionId) {
        return runs.values().stream().filter(run -> run.sessionId().equals(sessionId))
                .max(Comparator.comparing(RunTask::createdAt));
    }

    @Override
    public synchronized void hold(RunId id, RunLease lease) {
        if (runs.containsKey(id)) {
            leases.put(id, lease);
        }
    }

    @Override
    public synchronized int renew(NodeId node, Instant until) {
        int renewed = 0;
        for (Map.Entry<RunId, RunLease> lease : leases.entrySet()) {
            if (lease.getValue().node().equals(node) && runs.get(lease.getKey()).status().isActive()) {
                lease.setValue(new RunLease(node, until));
                renewed++;
            }
        }
        return renewed;
    }

    @Override
    public synchronized List<RunTask> findActiveWithLapsedLease(Instant now) {
        return runs.values().stream().filter(run -> run.status().isActive())
                .filter(run -> !leases.containsKey(run.id()) || leases.get(run.id()).lapsedAt(now)).toList();
    }

    @Override
    public synchronized Optional<RunLease> leaseOf(RunId id) {
        return Optional.ofNullable(leases.get(id));
    }

    @Override
    public synchronized List<RunTransition> transitionsOf(RunId id) {
        return List.copyOf(logs.getOrDefault(id, List.of()));
    }
}
