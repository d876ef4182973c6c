package ai.iiagent.port.in.projects;

import java.net.InetSocketAddress;

/** Where the preview proxy forwards a connection: the relay that reaches the port inside the sandbox. */
public record PreviewRoute(InetSocketAddress relay) {
}
