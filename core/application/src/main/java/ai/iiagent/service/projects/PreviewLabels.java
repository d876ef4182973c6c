package ai.iiagent.service.projects;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.projects.PreviewSignerPort;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Preview labels and tokens, MACs of the app's preview key ({@link PreviewSignerPort}), compared in constant time.
 * A label is one DNS label (lower-case, at most 63 characters, case-insensitive like host names):
 * {@code p<port>-<session id, 32 hex>-<MAC, 20 hex>}. A token is {@code <expiry epoch seconds>.<MAC
 * over label, purpose and expiry, 32 hex>}; the purpose ({@code grant} or {@code session}) keeps one
 * from being used as the other.
 */
final class PreviewLabels {

    private static final Pattern LABEL = Pattern.compile("p([0-9]{1,5})-([0-9a-f]{32})-([0-9a-f]{20})");
    private static final Pattern TOKEN = Pattern.compile("([0-9]{1,12})\\.([0-9a-f]{32})");

    record Address(SessionId sessionId, int port) {
    }

    private final PreviewSignerPort signer;

    PreviewLabels(PreviewSignerPort signer) {
        this.signer = signer;
    }

    String label(SessionId sessionId, int port) {
        String body = "p" + port + "-" + sessionId.value().toString().replace("-", "");
        return body + "-" + mac("label\n" + body, 10);
    }

    Optional<Address> parse(String label) {
        Matcher m = label == null ? null : LABEL.matcher(label);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        String body = "p" + m.group(1) + "-" + m.group(2);
        int port = Integer.parseInt(m.group(1));
        if (!equal(mac("label\n" + body, 10), m.group(3)) || port < 1 || port > 65_535) {
            return Optional.empty();
        }
        String hex = m.group(2);
        UUID id = new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
        return Optional.of(new Address(new SessionId(id), port));
    }

    String token(String label, String purpose, Instant expires) {
        long at = expires.getEpochSecond();
        return at + "." + mac("token\n" + label + "\n" + purpose + "\n" + at, 16);
    }

    boolean valid(String label, String purpose, String token, Instant now) {
        Matcher m = token == null ? null : TOKEN.matcher(token);
        if (m == null || !m.matches()) {
            return false;
        }
        long at = Long.parseLong(m.group(1));
        return equal(mac("token\n" + label + "\n" + purpose + "\n" + at, 16), m.group(2)) && now.getEpochSecond() < at;
    }

    private String mac(String message, int bytes) {
        return signer.mac(message, bytes);
    }

    private static boolean equal(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }
}
