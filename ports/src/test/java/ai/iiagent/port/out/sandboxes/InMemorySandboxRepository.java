package ai.iiagent.port.out.sandboxes;

import ai.iiagent.domain.sandboxes.Sandbox;
import ai.iiagent.domain.sandboxes.SandboxId;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.port.out.sessions.SessionRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link SandboxRepository}; sessions are looked up in the given repository. */
public class InMemorySandboxRepository implements SandboxRepository {

    private final Map<SandboxId, Sandbox> rows = new ConcurrentHashMap<>();
    private final SessionRepository sessions;

    public InMemorySandboxRepository(SessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public synchronized void insert(Sandbox sandbox) {
        if (findActive(sandbox.sessionId()).isPresent()) {
            throw new ConflictException(ErrorCode.of("sandbox_exists"), "the session already has a sandbox");
        }
        rows.put(sandbox.id(), sandbox);
    }

    @Override
    public synchronized void update(Sandbox sandbox) {
        rows.replace(sandbox.id(), sandbox);
    }

    @Override
    public Optional<Sandbox> findById(SandboxId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Sandbox> findActive(SessionId sessionId) {
        return rows.values().stream().filter(s -> s.sessionId().equals(sessionId) && s.state().isActive()).findFirst();
    }

    @Override
    public List<Sandbox> findIdle(Instant usedBefore, int limit) {
        return rows.values().stream().filter(s -> s.isIdleSince(usedBefore))
                .sorted(Comparator.comparing(Sandbox::lastUsedAt)).limit(limit).toList();
    }

    @Override
    public List<Sandbox> findExpired(Instant now, int limit) {
        return rows.values().stream().filter(s -> s.isExpiredAt(now))
                .sorted(Comparator.comparing(Sandbox::expiresAt)).limit(limit).toList();
    }

    @Override
    public List<Sandbox> findOfGoneSessions(int limit) {
        return rows.values().stream().filter(s -> s.state().isActive())
                .filter(s -> sessions.findById(s.sessionId()).map(Session::isDeleted).orElse(true))
                .sorted(Comparator.comparing(Sandbox::createdAt)).limit(limit).toList();
    }

    /** Every record, for assertions. */
    public List<Sandbox> all() {
        return rows.values().stream().sorted(Comparator.comparing(Sandbox::createdAt)).toList();
    }
}
