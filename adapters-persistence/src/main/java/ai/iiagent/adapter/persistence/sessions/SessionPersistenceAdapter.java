package ai.iiagent.adapter.persistence.sessions;

import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionPage;
import ai.iiagent.domain.sessions.SessionSearch;
import ai.iiagent.domain.sessions.SessionSnapshot;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.sessions.SessionRepository;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/** {@link SessionRepository} on PostgreSQL; the version column carries the optimistic lock. */
@ApplicationScoped
public class SessionPersistenceAdapter implements SessionRepository {

    private static final String OWNED_LIVE = "select 1 from sessions where id = ? and user_id = ? and is_deleted = false";

    private final SessionPersistenceMapper mapper;
    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;

    public SessionPersistenceAdapter(SessionPersistenceMapper mapper, AgroalDataSource dataSource,
                                     TransactionSynchronizationRegistry transactions) {
        this.mapper = mapper;
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    @Override
    @Transactional
    public Session save(Session session) {
        SessionSnapshot state = session.snapshot();
        SessionEntity row = SessionEntity.<SessionEntity>findByIdOptional(state.id().value()).orElse(null);
        if (row == null) {
            row = new SessionEntity();
        } else if (row.version != state.version()) {
            throw concurrentModification();
        }
        mapper.copyInto(state, row);
        try {
            row.persistAndFlush();
        } catch (OptimisticLockException e) {
            throw concurrentModification();
        }
        return Session.rehydrate(mapper.toSnapshot(row));
    }

    @Override
    @Transactional
    public Optional<Session> findById(SessionId id) {
        return SessionEntity.<SessionEntity>findByIdOptional(id.value()).map(row -> Session.rehydrate(mapper.toSnapshot(row)));
    }

    @Override
    public boolean isLiveAndOwnedBy(SessionId id, UserId owner) {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return SessionRepository.super.isLiveAndOwnedBy(id, owner); // sees what the caller's ORM session has not flushed
        }
        // One indexed read on an auto-commit connection: no transaction, no ORM session (on every socket command's path).
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(OWNED_LIVE)) {
            statement.setObject(1, id.value());
            statement.setObject(2, owner.value());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("checking a session's owner failed: " + e.getMessage(), e);
        }
    }

    @Override
    @Transactional
    public SessionPage search(SessionSearch search) {
        StringBuilder where = new StringBuilder("ownerId = :owner and deleted = false");
        Parameters parameters = Parameters.with("owner", search.owner().value());
        if (search.publicOnly()) {
            where.append(" and isPublic = true");
        }
        if (search.appKind() != null) {
            where.append(" and appKind = :kind");
            parameters.and("kind", search.appKind().code());
        }
        if (search.text() != null) {
            where.append(" and lower(name) like :pattern escape '\\'");
            parameters.and("pattern", "%" + escapeLike(search.text().toLowerCase(Locale.ROOT)) + "%");
        }
        PanacheQuery<SessionEntity> query = SessionEntity.find(where.toString(),
                Sort.descending("createdAt").and("id"), parameters);
        long total = query.count();
        var rows = query.page(Page.of(search.page() - 1, search.perPage())).list();
        return new SessionPage(rows.stream().map(row -> Session.rehydrate(mapper.toSnapshot(row))).toList(), total,
                search.page(), search.perPage());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static ConflictException concurrentModification() {
        return new ConflictException(ErrorCode.of("concurrent_modification"),
                "the session was changed by someone else meanwhile; reload and try again");
    }
}
