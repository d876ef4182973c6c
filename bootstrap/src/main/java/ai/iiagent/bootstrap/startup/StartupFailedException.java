package ai.iiagent.bootstrap.startup;

/** A required start-up step failed; the server does not start half-wired. */
public class StartupFailedException extends RuntimeException {

    public StartupFailedException(String step, Throwable cause) {
        super("start-up step '" + step + "' failed: " + cause.getMessage(), cause);
    }
}
