package ai.iiagent.bootstrap.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code app.sandbox.*}: the sessions' sandboxes (docs/sandboxes.md). */
public interface SandboxConfig {

    /** When sandboxes are paused and destroyed ({@code app.sandbox.lifecycle.*}). */
    SandboxLifecycleConfig lifecycle();

    /** {@code app.sandbox.lifecycle.*}. */
    interface SandboxLifecycleConfig {

        /** A running sandbox unused this long is paused ({@code SANDBOX_IDLE_PAUSE_AFTER}). */
        @WithDefault("PT30M")
        Duration idlePauseAfter();

        /** Hard expiry: this long after creation a sandbox is destroyed, used or not ({@code SANDBOX_MAX_LIFETIME}). */
        @WithDefault("PT12H")
        Duration maxLifetime();

        /** How often the maintenance job runs; 0 turns it off ({@code SANDBOX_SWEEP_INTERVAL}). */
        @WithDefault("PT1M")
        Duration sweepInterval();
    }
}
