package ai.iiagent.port.out.tasks;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.tasks.RunAlreadyActiveException;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.domain.tasks.RunTransition;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Runs and their audit log. Every write stores the run's new state and its transition in one
 * transaction. At most one active run per session; updates are optimistically locked.
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

    /** Active runs (pending, running, paused, aborting) last changed before the cutoff. */
    List<RunTask> findActiveUpdatedBefore(Instant cutoff);

    /** The run's transitions, oldest first. */
    List<RunTransition> transitionsOf(RunId id);
}
