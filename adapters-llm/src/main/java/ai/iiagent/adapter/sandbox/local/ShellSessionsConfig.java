package ai.iiagent.adapter.sandbox.local;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the local sandbox's persistent shells.
 *
 * @param idleTimeout         a shell without a command, input or view for this long is closed
 * @param maxShellsPerSession how many shells one session may have at once
 * @param bufferBytes         how much of each shell's latest output is kept (older output is dropped)
 * @param startTimeout        how long a new shell may take to answer its first marker
 */
public record ShellSessionsConfig(Duration idleTimeout, int maxShellsPerSession, int bufferBytes, Duration startTimeout) {

    public ShellSessionsConfig {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(startTimeout, "startTimeout");
        if (idleTimeout.isNegative() || idleTimeout.isZero() || startTimeout.isNegative() || startTimeout.isZero()
                || maxShellsPerSession < 1 || bufferBytes < 1024) {
            throw new IllegalArgumentException("shell limits must be positive (buffer at least 1 KiB)");
        }
    }

    /** Defaults: idle shells closed after 30 minutes, 8 shells per session, 256 KiB of output each, 10 s to start. */
    public static ShellSessionsConfig defaults() {
        return new ShellSessionsConfig(Duration.ofMinutes(30), 8, 256 * 1024, Duration.ofSeconds(10));
    }
}
