package ai.iiagent.adapter.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Names under .test mapped to chosen addresses, so "a public-looking name pointing inside" needs no DNS. */
final class TestResolver implements HostResolver {

    final AtomicInteger lookups = new AtomicInteger();
    private final Map<String, List<InetAddress>> names;

    TestResolver(Map<String, List<InetAddress>> names) {
        this.names = names;
    }

    static TestResolver standard() {
        return new TestResolver(Map.of(
                "internal.example.test", List.of(address("10.1.2.3")),
                "metadata.example.test", List.of(address("169.254.169.254")),
                "half-inside.example.test", List.of(address("93.184.215.14"), address("127.0.0.1")),
                "ula.example.test", List.of(address("fd12:3456::1")),
                "mapped.example.test", List.of(mappedV6(192, 168, 1, 1)),
                "public.example.test", List.of(address("93.184.215.14")),
                "public6.example.test", List.of(address("2606:2800:21f:cb07:6820:80da:af6b:8b2c"))));
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        lookups.incrementAndGet();
        List<InetAddress> found = names.get(host);
        if (found == null) {
            throw new UnknownHostException(host);
        }
        return found;
    }

    static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal); // literals only: never a lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** ::ffff:a.b.c.d kept as an IPv6 address (InetAddress.getByName would turn it into IPv4). */
    static InetAddress mappedV6(int a, int b, int c, int d) {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        bytes[12] = (byte) a;
        bytes[13] = (byte) b;
        bytes[14] = (byte) c;
        bytes[15] = (byte) d;
        try {
            return Inet6Address.getByAddress(null, bytes, null);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
