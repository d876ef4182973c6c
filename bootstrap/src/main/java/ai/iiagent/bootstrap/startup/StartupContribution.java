package ai.iiagent.bootstrap.startup;

/**
 * Work a feature's wiring adds to one {@link StartupPhase} (subscribing a pubsub listener,
 * announcing a socket endpoint, seeding built-in rows, scheduling a job). Produce one as a CDI
 * bean and the phase runs it, in {@link #order()} then name order.
 */
public interface StartupContribution {

    StartupPhase phase();

    String name();

    default int order() {
        return 0;
    }

    /** Whether a failure stops the server (true) or is only logged (seeding, as in the original). */
    default boolean required() {
        return true;
    }

    void start() throws Exception;
}
