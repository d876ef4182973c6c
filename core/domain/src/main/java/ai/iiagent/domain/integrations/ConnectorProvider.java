package ai.iiagent.domain.integrations;

import java.util.Arrays;

/**
 * A service a user can connect their account to with OAuth 2. {@code path} is how it appears in URLs
 * ({@code /v1/connectors/google-drive}), {@code code} how it is stored and shown ({@code google_drive}).
 */
public enum ConnectorProvider {
    GITHUB("github", "github"),
    GOOGLE_DRIVE("google-drive", "google_drive"),
    REVENUECAT("revenuecat", "revenuecat"),
    /** Claude Code's sign-in with a Claude account (Anthropic OAuth, the code pasted back by the user). */
    CLAUDE_CODE("claude-code", "claude_code"),
    /** Apple's App Store Connect API (an API key, not OAuth; TestFlight submissions of mobile apps). */
    APP_STORE_CONNECT("app-store-connect", "app_store_connect");

    private final String path;
    private final String code;

    ConnectorProvider(String path, String code) {
        this.path = path;
        this.code = code;
    }

    public String path() {
        return path;
    }

    public String code() {
        return code;
    }

    /** The provider named by a URL segment; an unknown one is "not found". */
    public static ConnectorProvider fromPath(String path) {
        return Arrays.stream(values()).filter(provider -> provider.path.equals(path)).findFirst()
                .orElseThrow(() -> ConnectorErrors.unknownProvider(path));
    }

    public static ConnectorProvider fromCode(String code) {
        return Arrays.stream(values()).filter(provider -> provider.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown connector " + code));
    }
}
