package ai.iiagent.adapter.mcp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Agent tool names for MCP tools: {@code mcp_<server>_<tool>} in the charset every supported model
 * accepts ({@code [A-Za-z0-9_-]}, at most 64, starting with a letter), shortened with a hash of the
 * full name when too long, and made unique within a run with a counter.
 */
final class McpToolNames {

    static final int MAX_LENGTH = 64;
    private static final int HASH_CHARS = 8;

    private McpToolNames() {
    }

    static String of(String server, String tool, Set<String> taken) {
        String full = "mcp_" + clean(server) + "_" + clean(tool);
        String name = full.length() <= MAX_LENGTH ? full
                : full.substring(0, MAX_LENGTH - HASH_CHARS - 1) + "_" + hash(server + "\u0000" + tool);
        String unique = name;
        for (int n = 2; taken.contains(unique); n++) {
            String suffix = "_" + n;
            unique = name.substring(0, Math.min(name.length(), MAX_LENGTH - suffix.length())) + suffix;
        }
        return unique;
    }

    private static String clean(String part) {
        String cleaned = part == null ? "" : part.replaceAll("[^A-Za-z0-9_-]", "_");
        return cleaned.isEmpty() ? "_" : cleaned;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
