package ai.iiagent.adapter.sandbox.docker;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the Docker sandbox (read in bootstrap).
 *
 * @param host           {@code unix:///var/run/docker.sock} or {@code tcp://host:port} (Engine API, no TLS)
 * @param image          image of the sandbox containers; needs bash, GNU coreutils and findutils
 * @param memoryBytes    memory limit of a container (also its swap limit)
 * @param nanoCpus       CPU quota in 1e-9 CPUs (1_000_000_000 = one CPU)
 * @param pidsLimit      processes a container may have at once
 * @param network        give containers the default bridge network instead of none
 * @param requestTimeout Engine API calls other than commands
 */
public record DockerSandboxConfig(String host, String image, long memoryBytes, long nanoCpus, long pidsLimit,
                                  boolean network, Duration requestTimeout) {

    public DockerSandboxConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (memoryBytes < 64L * 1024 * 1024 || nanoCpus < 10_000_000 || pidsLimit < 8) {
            throw new IllegalArgumentException("Docker sandbox limits are too small to run a shell");
        }
    }

    /** The default socket, {@code debian:bookworm-slim}, 1 GiB, one CPU, 256 processes, no network. */
    public static DockerSandboxConfig defaults() {
        return new DockerSandboxConfig("unix:///var/run/docker.sock", "debian:bookworm-slim", 1024L * 1024 * 1024,
                1_000_000_000L, 256, false, Duration.ofSeconds(30));
    }
}
