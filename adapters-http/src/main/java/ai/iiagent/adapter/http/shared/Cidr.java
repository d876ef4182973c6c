package ai.iiagent.adapter.http.shared;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/** An address block such as {@code 10.0.0.0/8} or {@code fd00::/8}; a bare address is a block of one. */
public final class Cidr {

    private final byte[] network;
    private final int prefixBits;

    private Cidr(byte[] network, int prefixBits) {
        this.network = network;
        this.prefixBits = prefixBits;
    }

    /** Parses {@code address[/bits]}; an address literal only (never a host name, so no DNS lookup). */
    public static Cidr parse(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] bytes = IpLiterals.parse(address).map(InetAddress::getAddress)
                .orElseThrow(() -> new IllegalArgumentException("not an IP address or CIDR block: " + text));
        int bits = bytes.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(trimmed.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a CIDR prefix length: " + text, e);
            }
        }
        if (bits < 0 || bits > bytes.length * 8) {
            throw new IllegalArgumentException("prefix length out of range: " + text);
        }
        return new Cidr(bytes, bits);
    }

    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefixBits; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} is an address literal inside this block. */
    public boolean contains(String text) {
        Optional<InetAddress> address = IpLiterals.parse(text);
        return address.isPresent() && contains(address.get());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr cidr && prefixBits == cidr.prefixBits && Arrays.equals(network, cidr.network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixBits;
    }

    @Override
    public String toString() {
        return IpLiterals.parse(network).getHostAddress() + "/" + prefixBits;
    }
}
