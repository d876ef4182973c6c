package ai.iiagent.adapter.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses a server must never be made to call on someone else's behalf: everything that is
 * not plain public unicast. IPv4: this-network, private, CGNAT, loopback, link-local (cloud metadata
 * at 169.254.169.254), IETF/documentation/benchmark ranges, 6to4 relay, multicast, reserved and
 * broadcast. IPv6: anything outside global unicast 2000::/3 (loopback, unspecified, unique-local,
 * link-local, site-local, multicast, NAT64, discard), Teredo and documentation, and the forms that
 * carry an IPv4 address inside (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, 6to4 2002:AABB:CCDD::),
 * which are judged by that IPv4 address.
 */
public final class InternalAddresses {

    private record Range(int[] prefix, int bits, String name) {
        boolean contains(byte[] address) {
            for (int bit = 0; bit < bits; bit++) {
                int want = prefix[bit / 8] >> (7 - bit % 8) & 1;
                int have = address[bit / 8] >> (7 - bit % 8) & 1;
                if (want != have) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Range> IPV4 = List.of(
            v4("this network (0.0.0.0/8)", 8, 0),
            v4("private (10.0.0.0/8)", 8, 10),
            v4("carrier-grade NAT (100.64.0.0/10)", 10, 100, 64),
            v4("loopback (127.0.0.0/8)", 8, 127),
            v4("cloud metadata (169.254.169.254)", 32, 169, 254, 169, 254),
            v4("link-local (169.254.0.0/16)", 16, 169, 254),
            v4("private (172.16.0.0/12)", 12, 172, 16),
            v4("IETF protocol assignments (192.0.0.0/24)", 24, 192, 0, 0),
            v4("documentation (192.0.2.0/24)", 24, 192, 0, 2),
            v4("6to4 relay anycast (192.88.99.0/24)", 24, 192, 88, 99),
            v4("private (192.168.0.0/16)", 16, 192, 168),
            v4("benchmarking (198.18.0.0/15)", 15, 198, 18),
            v4("documentation (198.51.100.0/24)", 24, 198, 51, 100),
            v4("documentation (203.0.113.0/24)", 24, 203, 0, 113),
            v4("multicast (224.0.0.0/4)", 4, 224),
            v4("reserved or broadcast (240.0.0.0/4)", 4, 240));

    private static final List<Range> IPV6 = List.of(
            v6("Teredo tunnel (2001::/32)", 32, 0x20, 0x01, 0, 0),
            v6("documentation (2001:db8::/32)", 32, 0x20, 0x01, 0x0d, 0xb8));

    private InternalAddresses() {
    }

    /** Why {@code address} is internal, or empty when it is public. */
    public static Optional<String> reasonFor(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return ipv4Reason(bytes);
        }
        if (address instanceof Inet6Address) {
            return ipv6Reason(bytes);
        }
        return Optional.of("not an IP address");
    }

    public static boolean isInternal(InetAddress address) {
        return reasonFor(address).isPresent();
    }

    private static Optional<String> ipv4Reason(byte[] bytes) {
        return IPV4.stream().filter(range -> range.contains(bytes)).map(Range::name).findFirst();
    }

    private static Optional<String> ipv6Reason(byte[] bytes) {
        if (allZero(bytes, 0, 15) && (bytes[15] == 0 || bytes[15] == 1)) {
            return Optional.of(bytes[15] == 0 ? "unspecified (::)" : "loopback (::1)");
        }
        if (allZero(bytes, 0, 10) && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
            return embedded("IPv4-mapped", bytes, 12);
        }
        if (allZero(bytes, 0, 12)) {
            return Optional.of("IPv4-compatible IPv6 (::/96, deprecated; carries " + ipv4Text(bytes, 12) + ")");
        }
        if ((bytes[0] & 0xff) == 0x20 && (bytes[1] & 0xff) == 0x02) {
            Optional<String> inside = embedded("6to4", bytes, 2);
            if (inside.isPresent()) {
                return inside;
            }
        }
        if ((bytes[0] & 0xe0) != 0x20) {
            return Optional.of(nonGlobalIpv6Name(bytes));
        }
        return IPV6.stream().filter(range -> range.contains(bytes)).map(Range::name).findFirst();
    }

    private static String nonGlobalIpv6Name(byte[] bytes) {
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return "unique-local (fc00::/7)";
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return "link-local (fe80::/10)";
        }
        if (first == 0xfe && (second & 0xc0) == 0xc0) {
            return "site-local (fec0::/10)";
        }
        if (first == 0xff) {
            return "multicast (ff00::/8)";
        }
        if (first == 0x00 && second == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b) {
            return "NAT64 (64:ff9b::/96)";
        }
        return "not global unicast (outside 2000::/3)";
    }

    private static Optional<String> embedded(String form, byte[] bytes, int offset) {
        byte[] inner = Arrays.copyOfRange(bytes, offset, offset + 4);
        return ipv4Reason(inner).map(reason -> form + " form of " + ipv4Text(bytes, offset) + ", " + reason);
    }

    private static String ipv4Text(byte[] bytes, int offset) {
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(bytes, offset, offset + 4)).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Range v4(String name, int bits, int... prefix) {
        return new Range(Arrays.copyOf(prefix, 4), bits, name);
    }

    private static Range v6(String name, int bits, int... prefix) {
        return new Range(Arrays.copyOf(prefix, 16), bits, name);
    }
}
