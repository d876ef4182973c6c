package ai.iiagent.bootstrap.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** {@code app.sandbox.*}: the sessions' sandboxes (docs/sandboxes.md). */
public interface SandboxConfig {

    /** {@code SANDBOX_PROVIDER}: {@code local} (bubblewrap), {@code docker} or {@code e2b}; no fallback between them. */
    @WithDefault("local")
    String provider();

    /** {@code app.sandbox.local.*}. */
    Local local();

    /** {@code app.sandbox.docker.*}. */
    Docker docker();

    /** {@code app.sandbox.e2b.*}. */
    E2b e2b();

    /** The local bubblewrap sandbox's limits beyond the per-process ones (docs/sandboxes.md). */
    interface Local {

        /**
         * {@code SANDBOX_MEMORY_BYTES}: resident memory all processes of one sandbox may hold together
         * (checked every {@link #memoryCheckInterval()}, all of them killed above it); 0 turns the check off.
         */
        @WithDefault("2147483648")
        long memoryBytes();

        @WithDefault("PT2S")
        Duration memoryCheckInterval();
    }

    /** The Docker Engine and the containers' limits. */
    interface Docker {

        /** {@code DOCKER_HOST}: {@code unix:///var/run/docker.sock} or {@code tcp://host:port}. */
        @WithDefault("unix:///var/run/docker.sock")
        String host();

        @WithDefault("debian:bookworm-slim")
        String image();

        @WithDefault("1073741824")
        long memoryBytes();

        /** CPUs as a decimal (1.0 = one CPU). */
        @WithDefault("1.0")
        double cpus();

        @WithDefault("256")
        long pidsLimit();

        /** Give containers the default bridge network (off: network mode none). */
        @WithDefault("false")
        boolean network();
    }

    /** The E2B control plane and template. */
    interface E2b {

        Optional<String> apiKey();

        @WithDefault("https://api.e2b.app")
        String apiUrl();

        @WithDefault("base")
        String template();

        /** Idle time after which E2B itself pauses a sandbox (auto-pause). */
        @WithDefault("PT1H")
        Duration timeout();

        @WithDefault("https://{port}-{sandbox}.{domain}")
        String envdUrl();
    }

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
