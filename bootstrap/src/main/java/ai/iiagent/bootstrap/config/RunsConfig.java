package ai.iiagent.bootstrap.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code app.runs.*}. */
public interface RunsConfig {

    /**
     * How long an active run must have been unchanged before start-up recovery treats it as
     * orphaned. 0 on a single node (every active run at start-up is an orphan); with several
     * nodes, more than the runtime's heartbeat so runs alive on other nodes are left alone.
     */
    @WithDefault("PT0S")
    Duration interruptedGrace();
}
