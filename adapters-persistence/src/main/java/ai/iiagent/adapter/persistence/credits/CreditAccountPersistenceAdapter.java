package ai.iiagent.adapter.persistence.credits;

import static ai.iiagent.adapter.persistence.credits.CreditsJdbc.setUuid;

import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserNotFoundException;
import ai.iiagent.port.out.credits.CreditAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/** {@link CreditAccountRepository} on PostgreSQL: {@code SELECT … FOR UPDATE}, then a version-guarded update. */
@ApplicationScoped
public class CreditAccountPersistenceAdapter implements CreditAccountRepository {

    private static final String COLUMNS = "user_id, regular, bonus, reconciliation_required, version";

    private final CreditsJdbc jdbc;

    public CreditAccountPersistenceAdapter(CreditsJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public CreditAccount lockOrOpen(UserId userId) {
        Optional<CreditAccount> locked = select(userId, " FOR UPDATE");
        if (locked.isPresent()) {
            return locked.get();
        }
        try {
            jdbc.update("INSERT INTO credit_accounts (user_id) VALUES (?) ON CONFLICT (user_id) DO NOTHING",
                    statement -> setUuid(statement, 1, userId.value()));
        } catch (ConstraintViolationException noSuchUser) {
            throw new UserNotFoundException(userId);
        }
        return select(userId, " FOR UPDATE").orElseThrow();
    }

    @Override
    @Transactional
    public Optional<CreditAccount> find(UserId userId) {
        return select(userId, "");
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public CreditAccount update(CreditAccount changed) {
        int updated = jdbc.update("""
                UPDATE credit_accounts SET regular = ?, bonus = ?, reconciliation_required = ?, version = version + 1,
                       updated_at = now()
                 WHERE user_id = ? AND version = ?""", statement -> {
            statement.setBigDecimal(1, changed.regular().value());
            statement.setBigDecimal(2, changed.bonus().value());
            statement.setBoolean(3, changed.reconciliationRequired());
            setUuid(statement, 4, changed.userId().value());
            statement.setLong(5, changed.version());
        });
        if (updated != 1) {
            throw new ConflictException(ErrorCode.of("concurrent_operation"),
                    "the credit account of " + changed.userId() + " changed meanwhile");
        }
        return new CreditAccount(changed.userId(), changed.regular(), changed.bonus(), changed.reconciliationRequired(),
                changed.version() + 1);
    }

    private Optional<CreditAccount> select(UserId userId, String lock) {
        List<CreditAccount> rows = jdbc.query("SELECT " + COLUMNS + " FROM credit_accounts WHERE user_id = ?" + lock,
                statement -> setUuid(statement, 1, userId.value()), CreditAccountPersistenceAdapter::account);
        return rows.stream().findFirst();
    }

    private static CreditAccount account(ResultSet rows) throws SQLException {
        return new CreditAccount(new UserId(CreditsJdbc.uuid(rows, "user_id")), new Credits(rows.getBigDecimal("regular")),
                new Credits(rows.getBigDecimal("bonus")), rows.getBoolean("reconciliation_required"),
                rows.getLong("version"));
    }
}
