package ai.iiagent.port.out.jobs;

/**
 * Thrown by a {@link JobHandler} when the failure is passing (a provider's 5xx, a timeout): the job is tried again
 * after its {@link RetryPolicy}'s delay, unless it has used all its tries. Any other exception fails the job at once.
 */
public class RetryableJobFailure extends RuntimeException {

    public RetryableJobFailure(String message) {
        super(message);
    }

    public RetryableJobFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
