package ai.iiagent.adapter.sandbox.local;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings of the local bubblewrap sandbox (read in bootstrap, handed over as a plain record).
 *
 * @param root             directory holding one workspace per session ({@code <data-dir>/sandboxes});
 *                         every ancestor must be traversable by other users (mode o+x)
 * @param bwrap            the bubblewrap executable (a name looked up on PATH, or an absolute path)
 * @param cpuSeconds       CPU-time limit of each command (RLIMIT_CPU)
 * @param memoryBytes      address-space limit of each process (RLIMIT_AS)
 * @param maxProcesses     processes the sandbox's host uid may have at once (RLIMIT_NPROC)
 * @param maxFileBytes     largest file a command may write (RLIMIT_FSIZE)
 * @param tmpBytes         size of the private {@code /tmp} tmpfs
 * @param hostUidBase      first host uid used for sandboxes; each session gets one uid from
 *                         {@code [hostUidBase, hostUidBase + hostUidCount)}, seen as 65534 inside
 * @param hostUidCount     how many host uids sessions are spread over
 */
public record BubblewrapSandboxConfig(Path root, String bwrap, long cpuSeconds, long memoryBytes, int maxProcesses,
                                      long maxFileBytes, long tmpBytes, int hostUidBase, int hostUidCount) {

    private static final long MIB = 1024L * 1024L;

    public BubblewrapSandboxConfig {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(bwrap, "bwrap");
        if (cpuSeconds < 1 || memoryBytes < 64 * MIB || maxProcesses < 4 || maxFileBytes < 1 || tmpBytes < MIB) {
            throw new IllegalArgumentException("sandbox limits are too small to run a shell");
        }
        if (hostUidBase < 1000 || hostUidCount < 1 || (long) hostUidBase + hostUidCount > 4_000_000_000L) {
            throw new IllegalArgumentException("host uids must be unprivileged and below 4e9");
        }
    }

    /** Defaults: 60 s CPU, 1 GiB address space, 128 processes, 256 MiB files, 64 MiB /tmp. */
    public static BubblewrapSandboxConfig defaults(Path root) {
        return new BubblewrapSandboxConfig(root, "bwrap", 60, 1024 * MIB, 128, 256 * MIB, 64 * MIB,
                2_000_000_000, 1_000_000);
    }
}
