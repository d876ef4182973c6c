package ai.iiagent.adapter.persistence.tx;

import ai.iiagent.port.out.tx.UnitOfWork;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * {@link UnitOfWork} on the JTA transaction manager. Services are built by producers, so
 * {@code @Transactional} interceptors never reach them; this port is how they get atomicity.
 */
@ApplicationScoped
public class QuarkusUnitOfWork implements UnitOfWork {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        // joiningExisting: a nested unit of work commits with its outermost caller.
        return QuarkusTransaction.joiningExisting().call(work::get);
    }
}
