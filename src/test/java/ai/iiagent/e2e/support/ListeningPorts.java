package ai.iiagent.e2e.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for a child process to listen on, chosen below the kernel's ephemeral range.
 *
 * <p>A port from {@code new ServerSocket(0)} is free only until it is closed: before the child binds it, any outgoing
 * connection on the machine (the child's own database pool, or the test's readiness probe connecting to itself) may be
 * given that same port as its local end, and the child then fails with "address already in use". Ports below the
 * ephemeral range are never handed out to outgoing connections, so once checked free they stay free.
 */
public final class ListeningPorts {

    private static final int LOWEST = 10_000;
    private static final int ATTEMPTS = 200;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private ListeningPorts() {
    }

    /** A port nothing listens on now, outside the ephemeral range, not handed out before by this JVM. */
    public static int free() throws IOException {
        int below = ephemeralRangeStart();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (!HANDED_OUT.contains(port) && bindable(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IOException("no free port in " + LOWEST + ".." + below + " after " + ATTEMPTS + " tries");
    }

    private static boolean bindable(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(false); // a socket lingering in TIME_WAIT counts as taken
            probe.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int ephemeralRangeStart() {
        try {
            // readAllLines, not readString: on this JDK readString returns only the first byte of a procfs file.
            String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).getFirst().trim();
            return Math.max(LOWEST + 1_000, Integer.parseInt(range.split("\\s+")[0]));
        } catch (IOException | RuntimeException notLinux) {
            return 32_768; // Linux's default start
        }
    }
}
