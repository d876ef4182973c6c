package ai.iiagent.port.out.tx;

import java.util.function.Supplier;

/** Runs the work directly: for use-case tests over in-memory fakes, which have nothing to roll back. */
public class DirectUnitOfWork implements UnitOfWork {

    private int completed;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        T result = work.get();
        completed++;
        return result;
    }

    /** How many units of work finished without an exception (lets a test assert atomic grouping). */
    public int completedCount() {
        return completed;
    }
}
