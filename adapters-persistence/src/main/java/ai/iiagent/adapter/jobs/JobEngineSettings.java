package ai.iiagent.adapter.jobs;

import java.time.Duration;
import java.util.Objects;

/**
 * How the Quartz engine runs on this node: the cluster's scheduler name (nodes with the same name share jobs), this
 * node's instance id ({@code AUTO} for host name + time), its worker threads (and so its own connection pool:
 * threads + 3 connections, never the application's pool), how often it checks in and looks for new work, and
 * where the database is.
 */
public record JobEngineSettings(
        String schedulerName,
        String instanceId,
        int threads,
        Duration checkinInterval,
        Duration idleWait,
        Duration misfireThreshold,
        String jdbcUrl,
        String user,
        String password) {

    public JobEngineSettings {
        Objects.requireNonNull(schedulerName, "schedulerName");
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** Connections of the engine's own pool: one per worker, plus the cluster manager, misfire handler and callers. */
    public int poolSize() {
        return threads + 3;
    }
}
