package ai.iiagent.port.out.jobs;

import java.util.Optional;

/**
 * Background jobs that outlive the process that submitted them: stored in the database, run once across all nodes,
 * picked up again after a node crashes, tried again with back-off on passing failures, cancellable, and reporting
 * progress. Every node registers the same handlers at startup.
 */
public interface DurableJobs {

    /** Registers the handler of one job kind on this node (before jobs of that kind arrive). */
    void handle(String kind, JobHandler handler);

    /** Stores the job and queues it to run as soon as a node has a free worker. */
    JobId submit(JobRequest request);

    /**
     * Asks the job to stop: a queued or waiting job is cancelled at once, a running one when its handler next checks.
     * False when there is no such job or it had already finished.
     */
    boolean cancel(JobId id);

    Optional<JobStatus> status(JobId id);

    /** The newest job submitted for {@code subject} (a storybook id, say), finished or not. */
    Optional<JobStatus> latestFor(String subject);
}
