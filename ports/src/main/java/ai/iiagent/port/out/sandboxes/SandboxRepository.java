package ai.iiagent.port.out.sandboxes;

import ai.iiagent.domain.sandboxes.Sandbox;
import ai.iiagent.domain.sandboxes.SandboxId;
import ai.iiagent.domain.sessions.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable records of sessions' sandboxes ({@code sandboxes} table): what the lifecycle reads
 * after a restart to reattach, and what the maintenance job scans. A session has at most one
 * active (creating, running, paused) record; destroyed and failed ones stay as history.
 * Contract: {@code SandboxRepositoryContractTest}.
 */
public interface SandboxRepository {

    /**
     * Stores a new record.
     *
     * @throws ai.iiagent.domain.shared.ConflictException {@code sandbox_exists} when the session already
     *         has an active record (another caller created it first)
     */
    void insert(Sandbox sandbox);

    /** Replaces the stored record with the same id (state, provider id, times, metadata). */
    void update(Sandbox sandbox);

    Optional<Sandbox> findById(SandboxId id);

    /** The session's active record, if any. */
    Optional<Sandbox> findActive(SessionId sessionId);

    /** Running records last used before {@code usedBefore}, least recently used first. */
    List<Sandbox> findIdle(Instant usedBefore, int limit);

    /** Active records whose hard expiry is at or before {@code now}, earliest first. */
    List<Sandbox> findExpired(Instant now, int limit);

    /** Active records whose session is deleted or no longer exists. */
    List<Sandbox> findOfGoneSessions(int limit);
}
