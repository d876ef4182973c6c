package ai.iiagent.adapter.http.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** IP address literals from headers and configuration, parsed without ever resolving a name. */
final class IpLiterals {

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("([0-9.]+):\\d{1,5}");

    private IpLiterals() {
    }

    /**
     * The address in {@code text}: {@code 192.0.2.1}, {@code 192.0.2.1:8080}, {@code 2001:db8::1},
     * {@code [2001:db8::1]} or {@code [2001:db8::1]:8080}; empty for anything else (names, "unknown", zones).
     */
    static Optional<InetAddress> parse(String text) {
        String candidate = withoutPort(text.strip());
        if (!IPV4.matcher(candidate).matches() && !IPV6.matcher(candidate).matches()) {
            return Optional.empty();
        }
        try {
            // Only literals reach this line, and literals are never looked up.
            return Optional.of(InetAddress.getByName(candidate));
        } catch (UnknownHostException | IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }

    static InetAddress parse(byte[] address) {
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String withoutPort(String text) {
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            return close < 0 ? "" : text.substring(1, close);
        }
        var withPort = IPV4_WITH_PORT.matcher(text);
        return withPort.matches() ? withPort.group(1) : text;
    }
}
