package ai.iiagent.port.out.sessions;

import ai.iiagent.domain.sessions.MarkKind;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.sessions.MarkedSession;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link SessionMarkRepository}, reading session details from an in-memory session store. */
public class InMemorySessionMarkRepository implements SessionMarkRepository {

    private record Key(UserId user, SessionId session, MarkKind kind) {
    }

    private record Mark(UUID id, Instant at) {
    }

    private final SessionRepository sessions;
    private final Map<Key, Mark> marks = new ConcurrentHashMap<>();

    public InMemorySessionMarkRepository(SessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean add(UserId user, SessionId session, MarkKind kind, Instant at) {
        return marks.putIfAbsent(new Key(user, session, kind), new Mark(UUID.randomUUID(), at)) == null;
    }

    @Override
    public boolean remove(UserId user, SessionId session, MarkKind kind) {
        return marks.remove(new Key(user, session, kind)) != null;
    }

    @Override
    public List<MarkedSession> list(UserId user, MarkKind kind) {
        return marks.entrySet().stream()
                .filter(entry -> entry.getKey().user().equals(user) && entry.getKey().kind() == kind)
                .sorted(Comparator.comparing((Map.Entry<Key, Mark> entry) -> entry.getValue().at()).reversed())
                .map(entry -> view(entry.getKey(), entry.getValue()))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<MarkedSession> view(Key key, Mark mark) {
        return sessions.findById(key.session())
                .filter(session -> !session.isDeleted() && session.isOwnedBy(key.user()))
                .map(Session::snapshot)
                .map(s -> new MarkedSession(mark.id(), s.id(), s.name(), s.agentType(), mark.at(), s.createdAt(),
                        s.lastMessageAt()));
    }
}
