package ai.iiagent.port.out.sessions;

import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionPage;
import ai.iiagent.domain.sessions.SessionSearch;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.users.UserId;
import java.util.Optional;

/**
 * Stores sessions with optimistic locking: saving a session whose {@code version} is older than the
 * stored one throws {@link ConflictException} ({@code concurrent_modification}) instead of silently
 * overwriting a concurrent change. Contract: {@code SessionRepositoryContractTest}.
 */
public interface SessionRepository {

    /** Inserts or updates; returns the session as stored (new version). */
    Session save(Session session);

    /** Finds deleted sessions too; callers decide visibility. */
    Optional<Session> findById(SessionId id);

    /**
     * Whether the session exists, is not deleted and belongs to {@code owner}: the ownership check of
     * commands that need nothing else of the session, so a store may answer it without loading one.
     */
    default boolean isLiveAndOwnedBy(SessionId id, UserId owner) {
        return findById(id).filter(session -> !session.isDeleted() && session.isOwnedBy(owner)).isPresent();
    }

    /** Live (not deleted) sessions of the owner matching the search, newest first. */
    SessionPage search(SessionSearch search);
}
