package ai.iiagent.adapter.persistence.sessions;

import ai.iiagent.domain.sessions.MarkKind;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.sessions.MarkedSession;
import ai.iiagent.port.out.sessions.SessionMarkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** {@link SessionMarkRepository} in plain SQL: idempotent insert, and a list joined with live sessions. */
@ApplicationScoped
public class SessionMarkPersistenceAdapter implements SessionMarkRepository {

    private final EntityManager entityManager;

    public SessionMarkPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public boolean add(UserId user, SessionId session, MarkKind kind, Instant at) {
        return entityManager.createNativeQuery("""
                        insert into session_marks (user_id, session_id, kind, created_at) values (?1, ?2, ?3, ?4)
                        on conflict (user_id, session_id, kind) do nothing""")
                .setParameter(1, user.value()).setParameter(2, session.value()).setParameter(3, kind.code())
                .setParameter(4, at).executeUpdate() == 1;
    }

    @Override
    @Transactional
    public boolean remove(UserId user, SessionId session, MarkKind kind) {
        return entityManager.createNativeQuery(
                        "delete from session_marks where user_id = ?1 and session_id = ?2 and kind = ?3")
                .setParameter(1, user.value()).setParameter(2, session.value()).setParameter(3, kind.code())
                .executeUpdate() == 1;
    }

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public List<MarkedSession> list(UserId user, MarkKind kind) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select m.id, s.id, s.name, s.agent_type, m.created_at, s.created_at, s.last_message_at
                          from session_marks m join sessions s on s.id = m.session_id
                         where m.user_id = ?1 and m.kind = ?2 and not s.is_deleted and s.user_id = ?1
                         order by m.created_at desc, m.id""")
                .setParameter(1, user.value()).setParameter(2, kind.code()).getResultList();
        return rows.stream().map(row -> new MarkedSession((UUID) row[0], new SessionId((UUID) row[1]),
                (String) row[2], (String) row[3], instant(row[4]), instant(row[5]), instant(row[6]))).toList();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }
}
