package ai.iiagent.adapter.net;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;

/** A URL the guard accepted, with the addresses it checked: the ones to connect to, and no others. */
public record CheckedDestination(URI uri, String host, int port, List<InetAddress> addresses) {

    public CheckedDestination {
        addresses = List.copyOf(addresses);
    }
}
