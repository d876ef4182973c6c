package ai.iiagent.bootstrap.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** {@code app.runs.*}: the lease by which a node holds the runs it drives (docs/operations.md). */
public interface RunsConfig {

    /**
     * The first part of this node's id (the host name when unset); the process id and a random
     * suffix follow, so a restarted node never takes over the runs of its previous life.
     */
    Optional<String> nodeName();

    /** How long a run's lease lasts without renewal: after that, any node fails the run. */
    @WithDefault("PT20S")
    Duration leaseLength();

    /** How often this node renews the leases of the runs it drives (at most half the lease length). */
    @WithDefault("PT5S")
    Duration leaseRenewInterval();

    /** How often the stale-run job looks for runs whose lease lapsed. */
    @WithDefault("PT10S")
    Duration staleCheckInterval();
}
