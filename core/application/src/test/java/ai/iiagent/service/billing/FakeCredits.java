package ai.iiagent.service.billing;

import ai.iiagent.domain.credits.CreditPool;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.CreditBalance;
import ai.iiagent.port.in.credits.CreditGrant;
import ai.iiagent.port.in.credits.GetCreditBalanceQuery;
import ai.iiagent.port.in.credits.GetCreditBalanceUseCase;
import ai.iiagent.port.in.credits.GrantCreditsCommand;
import ai.iiagent.port.in.credits.GrantCreditsUseCase;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** An in-memory stand-in for the credits feature's grant and balance use cases, idempotent per key like the real one. */
final class FakeCredits implements GrantCreditsUseCase, GetCreditBalanceUseCase {

    private final Map<String, GrantCreditsCommand> byKey = new ConcurrentHashMap<>();
    private final List<GrantCreditsCommand> applied = new CopyOnWriteArrayList<>();
    private final Map<UserId, Credits> regular = new ConcurrentHashMap<>();

    @Override
    public synchronized CreditGrant grant(GrantCreditsCommand command) {
        boolean fresh = byKey.putIfAbsent(command.idempotencyKey(), command) == null;
        if (fresh) {
            applied.add(command);
            if (command.pool() == CreditPool.REGULAR) {
                regular.merge(command.userId(), command.amount(), Credits::plus);
            }
        }
        return new CreditGrant(fresh, regularOf(command.userId()), Credits.ZERO);
    }

    @Override
    public CreditBalance balance(GetCreditBalanceQuery query) {
        Credits balance = regularOf(query.userId());
        return new CreditBalance(query.userId(), balance, Credits.ZERO, balance, Credits.ZERO, false);
    }

    void setRegular(UserId user, Credits balance) {
        regular.put(user, balance);
    }

    Credits regularOf(UserId user) {
        return regular.getOrDefault(user, Credits.ZERO);
    }

    List<GrantCreditsCommand> applied() {
        return applied;
    }
}
