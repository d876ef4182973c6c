package ai.iiagent.bootstrap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The job engine ({@code jobs.*}; environment {@code JOBS_THREADS}, {@code JOBS_INSTANCE_ID}, ...): Quartz with the
 * clustered JDBC job store. See docs/operations.md "Job engine".
 */
@ConfigMapping(prefix = "jobs")
public interface JobsConfig {

    /** Nodes with the same name form one cluster (share jobs and sweeps). */
    @WithDefault("iiagent")
    String schedulerName();

    /** This node's id in the cluster; {@code AUTO}: host name and start time. A fixed id recovers faster on restart. */
    @WithDefault("AUTO")
    String instanceId();

    /** Worker threads; the engine's own pool holds this + 3 connections. */
    @WithDefault("4")
    int threads();

    /** How often a node checks in; a node silent for this + 7.5 s is taken for dead and its jobs recovered. */
    @WithDefault("PT7.5S")
    Duration checkinInterval();

    /** How long an idle node waits before looking for work submitted on other nodes (at least 1 s). */
    @WithDefault("PT2S")
    Duration idleWait();

    /** How late a trigger may fire before it counts as misfired (sweeps then skip to their next interval). */
    @WithDefault("PT1M")
    Duration misfireThreshold();

    Database database();

    /** Where the job store is: by default the app's own database. */
    interface Database {

        String url();

        String user();

        String password();
    }
}
