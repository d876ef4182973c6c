package ai.iiagent.port.out.tx;

import java.util.function.Supplier;

/**
 * Runs work atomically: every repository write inside {@code work} commits together or not at
 * all. Joins a unit of work already in progress on this thread. An exception thrown by
 * {@code work} rolls everything back and reaches the caller unchanged (not wrapped).
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    /** Same as {@link #inTransaction(Supplier)} for work without a result. */
    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
