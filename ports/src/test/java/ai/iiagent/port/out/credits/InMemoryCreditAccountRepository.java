package ai.iiagent.port.out.credits;

import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.users.UserId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link CreditAccountRepository} in a map: opens on first lock, version-guarded updates (no real locks). */
public class InMemoryCreditAccountRepository implements CreditAccountRepository {

    private final Map<UserId, CreditAccount> accounts = new ConcurrentHashMap<>();

    @Override
    public CreditAccount lockOrOpen(UserId userId) {
        return accounts.computeIfAbsent(userId, CreditAccount::open);
    }

    @Override
    public Optional<CreditAccount> find(UserId userId) {
        return Optional.ofNullable(accounts.get(userId));
    }

    @Override
    public synchronized CreditAccount update(CreditAccount changed) {
        CreditAccount stored = accounts.get(changed.userId());
        if (stored == null || stored.version() != changed.version()) {
            throw new ConflictException("credit account " + changed.userId() + " changed meanwhile");
        }
        CreditAccount next = new CreditAccount(changed.userId(), changed.regular(), changed.bonus(),
                changed.reconciliationRequired(), changed.version() + 1);
        accounts.put(next.userId(), next);
        return next;
    }
}
