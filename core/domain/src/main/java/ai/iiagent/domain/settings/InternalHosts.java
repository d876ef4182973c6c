package ai.iiagent.domain.settings;

import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises hosts that are not on the public internet from their literal form (no DNS lookups). */
final class InternalHosts {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private InternalHosts() {
    }

    static boolean isInternal(String rawHost) {
        String host = rawHost.toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "").replaceAll("\\.$", "");
        if (host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".local")
                || host.endsWith(".internal") || host.endsWith(".lan") || host.endsWith(".home.arpa")
                || !host.contains(".") && !host.contains(":")) {
            return true;
        }
        var ipv4 = IPV4.matcher(host);
        if (ipv4.matches()) {
            return internalIpv4(octet(ipv4.group(1)), octet(ipv4.group(2)));
        }
        if (host.contains(":")) {
            return internalIpv6(host);
        }
        return false;
    }

    private static int octet(String value) {
        return Integer.parseInt(value);
    }

    private static boolean internalIpv4(int a, int b) {
        return a == 0 || a == 10 || a == 127 || a >= 224
                || a == 169 && b == 254
                || a == 172 && b >= 16 && b <= 31
                || a == 192 && b == 168
                || a == 100 && b >= 64 && b <= 127;
    }

    private static boolean internalIpv6(String host) {
        if (host.equals("::") || host.equals("::1") || host.startsWith("fe8") || host.startsWith("fe9")
                || host.startsWith("fea") || host.startsWith("feb") || host.startsWith("fc") || host.startsWith("fd")
                || host.startsWith("ff")) {
            return true;
        }
        // IPv4-mapped (::ffff:10.0.0.1) judged by its IPv4 part.
        int lastColon = host.lastIndexOf(':');
        var mapped = IPV4.matcher(host.substring(lastColon + 1));
        return host.startsWith("::ffff:") && mapped.matches()
                && internalIpv4(octet(mapped.group(1)), octet(mapped.group(2)));
    }
}
