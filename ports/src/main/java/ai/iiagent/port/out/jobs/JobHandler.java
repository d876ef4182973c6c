package ai.iiagent.port.out.jobs;

/**
 * Runs the jobs of one kind. A job may run again after a crash of its node (from its start), so a handler skips the
 * steps it finds done. Returning normally ends the job (cancelled when cancellation was requested, else succeeded);
 * a {@link RetryableJobFailure} retries it later; any other exception fails it.
 */
@FunctionalInterface
public interface JobHandler {

    void run(JobContext context) throws Exception;

    /**
     * Told once when the job has failed for good (its last try failed, or a failure that is not retryable), so the
     * handler can mark what it was making as failed. Does nothing unless a handler has something to mark.
     */
    default void failed(JobContext context, String error) {
    }
}
