package ai.iiagent.bootstrap.wiring;

import ai.iiagent.domain.tasks.NodeId;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** The id of this process in the cluster: a name (configured, else the host's), the pid and a random part. */
final class NodeIds {

    private NodeIds() {
    }

    static NodeId forThisProcess(Optional<String> configuredName) {
        String name = configuredName.map(String::strip).filter(value -> !value.isEmpty()).orElseGet(NodeIds::hostName);
        // The random part: a restarted node with the same name and a reused pid is still another node.
        String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        String suffix = "-" + ProcessHandle.current().pid() + "-" + random;
        int room = NodeId.MAX_LENGTH - suffix.length();
        return new NodeId((name.length() > room ? name.substring(0, room) : name) + suffix);
    }

    private static String hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
