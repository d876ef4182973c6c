package ai.iiagent.adapter.http.shared;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The address a request came from, for per-client limits. It is the socket peer, unless that peer is a
 * configured trusted proxy: then the forwarding header is read from the right (nearest hop first),
 * skipping trusted proxies, and the first address not trusted is the client. Headers from any other
 * peer are ignored, so a client cannot pick its own address. An IPv6 client is named by its /64
 * ({@code 2001:db8:1:2:0:0:0:0/64}): one host usually holds a whole /64 and could rotate through it.
 */
public final class ClientAddresses {

    /** Which header the trusted proxies write the client chain into. */
    public enum Header { X_FORWARDED_FOR, FORWARDED }

    private static final String UNKNOWN = "unknown";

    private final List<Cidr> trustedProxies;
    private final Header header;

    public ClientAddresses(List<Cidr> trustedProxies, Header header) {
        this.trustedProxies = List.copyOf(trustedProxies);
        this.header = header;
    }

    public String of(HttpServerRequest request) {
        // The connection's peer, not request.remoteAddress(): the latter may already be rewritten from headers.
        SocketAddress peer = request.connection() == null ? request.remoteAddress()
                : request.connection().remoteAddress();
        String peerAddress = peer == null || peer.hostAddress() == null ? UNKNOWN : peer.hostAddress();
        String name = header == Header.FORWARDED ? "Forwarded" : "X-Forwarded-For";
        return resolve(peerAddress, String.join(",", request.headers().getAll(name)));
    }

    /** The client address given the socket peer and the (comma-joined) forwarding header's value. */
    public String resolve(String peer, String headerValue) {
        Optional<InetAddress> current = IpLiterals.parse(peer);
        if (current.isEmpty() || !trusted(current.get())) {
            return current.map(ClientAddresses::name).orElse(peer);
        }
        List<String> hops = hops(headerValue);
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpLiterals.parse(hops.get(i));
            if (hop.isEmpty()) {
                // An obfuscated or garbled hop: the last trusted proxy is the best we know.
                break;
            }
            current = hop;
            if (!trusted(hop.get())) {
                break;
            }
        }
        return name(current.get());
    }

    private static String name(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address.getHostAddress();
        }
        byte[] prefix = Arrays.copyOf(address.getAddress(), 16);
        Arrays.fill(prefix, 8, 16, (byte) 0);
        return IpLiterals.parse(prefix).getHostAddress() + "/64";
    }

    private boolean trusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(cidr -> cidr.contains(address));
    }

    private List<String> hops(String headerValue) {
        List<String> hops = new ArrayList<>();
        if (headerValue == null || headerValue.isBlank()) {
            return hops;
        }
        for (String element : headerValue.split(",")) {
            hops.add(header == Header.FORWARDED ? forValue(element) : element.strip());
        }
        return hops;
    }

    /** The {@code for=} parameter of one RFC 7239 element, unquoted ("" when absent). */
    private static String forValue(String element) {
        for (String pair : element.split(";")) {
            String trimmed = pair.strip();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("for=")) {
                String value = trimmed.substring(4).strip();
                return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1) : value;
            }
        }
        return "";
    }
}
