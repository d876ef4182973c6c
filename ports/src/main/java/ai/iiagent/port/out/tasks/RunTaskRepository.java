package ai.iiagent.port.out.tasks;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.tasks.NodeId;
import ai.iiagent.domain.tasks.RunAlreadyActiveException;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.tasks.RunLease;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.domain.tasks.RunTransition;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Runs, their audit log and the lease of the node driving each. Every write stores the run's new
 * state and its transition in one transaction. At most one active run per session; updates are
 * optimistically locked.
 * Contract: {@code RunTaskRepositoryContractTest}.
 */
public interface RunTaskRepository {

    /** @throws RunAlreadyActiveException when the session already has an active run */
    void insert(RunTask run, RunTransition first);

    /**
     * Stores the run's new state (its {@code version} must be the stored one) and the transition.
     *
     * @return the run as stored, with its new version
     * @throws ConflictException {@code concurrent_modification} when the run changed meanwhile
     */
    RunTask update(RunTask run, RunTransition transition);

    Optional<RunTask> findById(RunId id);

    /** The session's most recently created run. */
    Optional<RunTask> latestForSession(SessionId sessionId);

    /**
     * Records that {@code lease.node()} drives the run until {@code lease.expiresAt()}. A lease is
     * not a state: the run's version stays, so it never conflicts with the driver's own moves.
     */
    void hold(RunId id, RunLease lease);

    /**
     * Extends to {@code until} the lease of every active run that {@code node} holds.
     *
     * @return how many runs it extended
     */
    int renew(NodeId node, Instant until);

    /**
     * Active runs (pending, running, paused, aborting) whose lease ended before {@code now}, or that
     * never had one (written before leases existed): no living node drives them.
     */
    List<RunTask> findActiveWithLapsedLease(Instant now);

    /** The lease on the run, if a node ever held one. */
    Optional<RunLease> leaseOf(RunId id);

    /** The run's transitions, oldest first. */
    List<RunTransition> transitionsOf(RunId id);
}
