package ai.iiagent.port.out.jobs;

import java.time.Duration;

/**
 * Periodic maintenance (expiring holds, removing abandoned uploads, failing stale runs) that must run on one node
 * of the cluster at a time: every node registers the same sweeps, and each interval one of them runs it. A run that
 * overruns its interval is never overlapped by the next one.
 */
public interface ClusterSweeps {

    /** Runs {@code sweep} every {@code every} somewhere in the cluster; a failure is logged and retried next interval. */
    void schedule(String name, Duration every, Runnable sweep);
}
