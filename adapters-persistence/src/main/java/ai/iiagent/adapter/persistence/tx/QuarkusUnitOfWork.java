package ai.iiagent.adapter.persistence.tx;

import ai.iiagent.port.out.tx.UnitOfWork;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Singleton;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * {@link UnitOfWork} on the JTA transaction manager. Services are built by producers, so
 * {@code @Transactional} interceptors never reach them; this port is how they get atomicity.
 */
@Singleton // on every transaction's path: no client proxy
public class QuarkusUnitOfWork implements UnitOfWork {

    private static final Logger LOG = Logger.getLogger(QuarkusUnitOfWork.class);
    private static final Object AFTER_COMMIT = new Object();

    private final TransactionSynchronizationRegistry transactions;

    public QuarkusUnitOfWork(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        // joiningExisting: a nested unit of work commits with its outermost caller.
        return QuarkusTransaction.joiningExisting().call(work::get);
    }

    @Override
    public void afterCommit(Runnable action) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            action.run();
            return;
        }
        // One synchronization per transaction running the actions in order (Narayana runs several in reverse).
        @SuppressWarnings("unchecked")
        List<Runnable> actions = (List<Runnable>) transactions.getResource(AFTER_COMMIT);
        if (actions == null) {
            List<Runnable> fresh = new ArrayList<>();
            transactions.putResource(AFTER_COMMIT, fresh);
            transactions.registerInterposedSynchronization(new AfterCommit(fresh));
            actions = fresh;
        }
        actions.add(action);
    }

    private record AfterCommit(List<Runnable> actions) implements Synchronization {

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                return;
            }
            for (Runnable action : actions) {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    LOG.warnf(e, "an after-commit action failed (the commit stands)");
                }
            }
        }
    }
}
