package ai.iiagent.port.out.sessions;

import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionPage;
import ai.iiagent.domain.sessions.SessionSearch;
import ai.iiagent.domain.sessions.SessionSnapshot;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ErrorCode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link SessionRepository} with the same optimistic locking. */
public class InMemorySessionRepository implements SessionRepository {

    private final Map<SessionId, SessionSnapshot> rows = new ConcurrentHashMap<>();

    @Override
    public synchronized Session save(Session session) {
        SessionSnapshot s = session.snapshot();
        SessionSnapshot stored = rows.get(s.id());
        if (stored != null && stored.version() != s.version()) {
            throw new ConflictException(ErrorCode.of("concurrent_modification"), "the session changed meanwhile");
        }
        long version = stored == null ? 0 : s.version() + 1;
        SessionSnapshot saved = new SessionSnapshot(s.id(), s.ownerId(), s.name(), s.appKind(), s.agentType(),
                s.isPublic(), s.parentSessionId(), s.modelSettingId(), s.forkInfo(), s.titlePinned(), s.lastMessageAt(),
                s.createdAt(), s.updatedAt(), s.deleted(), version);
        rows.put(s.id(), saved);
        return Session.rehydrate(saved);
    }

    @Override
    public Optional<Session> findById(SessionId id) {
        return Optional.ofNullable(rows.get(id)).map(Session::rehydrate);
    }

    @Override
    public SessionPage search(SessionSearch search) {
        List<SessionSnapshot> matching = rows.values().stream()
                .filter(s -> s.ownerId().equals(search.owner()) && !s.deleted())
                .filter(s -> !search.publicOnly() || s.isPublic())
                .filter(s -> search.appKind() == null || s.appKind() == search.appKind())
                .filter(s -> search.text() == null
                        || s.name().toLowerCase(Locale.ROOT).contains(search.text().toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparing(SessionSnapshot::createdAt).reversed()
                        .thenComparing(s -> s.id().value()))
                .toList();
        List<Session> page = matching.stream().skip(search.offset()).limit(search.perPage())
                .map(Session::rehydrate).toList();
        return new SessionPage(page, matching.size(), search.page(), search.perPage());
    }
}
