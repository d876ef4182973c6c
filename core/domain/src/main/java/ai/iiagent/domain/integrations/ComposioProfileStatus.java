package ai.iiagent.domain.integrations;

import java.util.Arrays;

/**
 * Where a Composio profile stands (the original's codes): {@code pending} until Composio reports the
 * connected account active, then {@code enable} or {@code disable} (whether its MCP server is offered to
 * the agent), {@code disconnected} when Composio reports the account failed, expired or revoked.
 */
public enum ComposioProfileStatus {
    PENDING("pending"),
    ENABLED("enable"),
    DISABLED("disable"),
    DISCONNECTED("disconnected");

    private final String code;

    ComposioProfileStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ComposioProfileStatus fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown Composio profile status " + code));
    }
}
