package ai.iiagent.bootstrap.startup;

/** One named step of the start-up sequence; {@link #run()} returns the one-line outcome to log. */
public interface StartupStep {

    String name();

    /** Does the step's work; throws to abort start-up. */
    String run() throws Exception;
}
