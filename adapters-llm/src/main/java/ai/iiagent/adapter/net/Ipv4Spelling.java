package ai.iiagent.adapter.net;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Reads a host the way C's {@code inet_aton} (and so curl, browsers and many resolvers) reads it:
 * one to four parts, each decimal, octal ({@code 0177}) or hex ({@code 0x7f}), the last part filling
 * the remaining bytes ({@code 127.1}, {@code 2130706433}). Java's own parser reads some of these
 * differently (leading zeros as decimal), which is exactly the gap an attacker uses, so the guard
 * asks here first what a host really means.
 */
final class Ipv4Spelling {

    private Ipv4Spelling() {
    }

    /** The address {@code host} spells, if it is a numeric IPv4 form at all. */
    static Optional<Inet4Address> parse(String host) {
        String text = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (text.isEmpty() || !text.chars().allMatch(c -> c == '.' || c == 'x' || c == 'X' || Character.digit(c, 16) >= 0)) {
            return Optional.empty();
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long value = number(parts[i]);
            if (value == null) {
                return Optional.empty();
            }
            values[i] = value;
        }
        long address = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            if (values[i] > 255) {
                return Optional.empty();
            }
            address = address << 8 | values[i];
        }
        int lastBytes = 5 - parts.length;
        long last = values[parts.length - 1];
        if (last >= 1L << (8 * lastBytes)) {
            return Optional.empty();
        }
        address = address << (8 * lastBytes) | last;
        byte[] bytes = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
        try {
            return Optional.of((Inet4Address) InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    /** True for the one spelling everyone reads alike: four decimal parts 0-255 without leading zeros. */
    static boolean isCanonical(String host) {
        return host.matches("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}") && parse(host).isPresent();
    }

    private static Long number(String part) {
        if (part.isEmpty() || part.length() > 12) {
            return null;
        }
        try {
            if (part.startsWith("0x") || part.startsWith("0X")) {
                return part.length() == 2 ? 0L : Long.parseLong(part.substring(2), 16);
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return Long.parseLong(part.substring(1), 8);
            }
            return Long.parseLong(part, 10);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
