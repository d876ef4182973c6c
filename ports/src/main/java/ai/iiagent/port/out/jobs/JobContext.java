package ai.iiagent.port.out.jobs;

import java.util.Map;

/** What a running job sees of itself: its id and parameters, which try this is, and a way to report progress. */
public interface JobContext {

    JobId id();

    Map<String, String> parameters();

    /** 1 for the first try; a retry or the recovery after a crashed node counts up. */
    int attempt();

    /** Records progress ({@code done} of {@code total} steps); readers see it through {@link DurableJobs#status}. */
    void progress(int done, int total, String note);

    /** Whether someone asked to cancel this job; a handler checks it between steps and returns when it is set. */
    boolean cancelRequested();
}
