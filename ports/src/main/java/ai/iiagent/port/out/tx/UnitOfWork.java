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

    /**
     * Runs {@code action} once the unit of work in progress on this thread has committed, never if
     * it rolls back; at once when none is in progress. For effects others must only see once the
     * writes are durable (publishing stored events). Actions run in the order they were given; one
     * that throws is logged and does not stop the others or undo the commit.
     */
    default void afterCommit(Runnable action) {
        action.run();
    }
}
