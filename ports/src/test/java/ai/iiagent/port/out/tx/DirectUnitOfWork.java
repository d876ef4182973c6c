package ai.iiagent.port.out.tx;

import java.util.function.Supplier;

/** Runs the work directly: for use-case tests over in-memory fakes, which have nothing to roll back. */
public class DirectUnitOfWork implements UnitOfWork {

    private int completed;
    private int depth;
    private int begun;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (depth++ == 0) {
            begun++;
        }
        try {
            T result = work.get();
            completed++;
            return result;
        } finally {
            depth--;
        }
    }

    /** The number of the outermost unit of work in progress (1 for the first one begun), 0 outside any. */
    public int currentUnit() {
        return depth == 0 ? 0 : begun;
    }

    /** How many units of work finished without an exception (lets a test assert atomic grouping). */
    public int completedCount() {
        return completed;
    }
}
