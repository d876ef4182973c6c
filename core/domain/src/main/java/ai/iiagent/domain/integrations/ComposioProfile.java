package ai.iiagent.domain.integrations;

import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A user's named connection to one Composio toolkit ("work Gmail"): the auth config and connected
 * account at Composio, and once active the Composio MCP server serving its tools, whose per-user URL
 * is sealed. {@code enabledTools} is the tool selection (empty: every tool of the toolkit);
 * {@code mcpSettingId} the user's MCP setting it was synced into, if any.
 */
public record ComposioProfile(UUID id, UserId owner, String profileName, String toolkitSlug, String toolkitName,
                              String authConfigId, String connectedAccountId, String composioUserId, String mcpServerId,
                              EncryptedSecret mcpUrl, ComposioProfileStatus status, List<String> enabledTools,
                              UUID mcpSettingId, Instant createdAt, Instant updatedAt) {

    /** Metadata of the MCP setting a profile is synced into: where it came from, and which profile. */
    public static final String MCP_METADATA_SOURCE = "source";
    public static final String MCP_METADATA_SOURCE_VALUE = "composio";
    public static final String MCP_METADATA_PROFILE = "composio_profile_id";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _-]{0,63}");

    public ComposioProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(profileName, "profileName");
        Objects.requireNonNull(toolkitSlug, "toolkitSlug");
        Objects.requireNonNull(authConfigId, "authConfigId");
        Objects.requireNonNull(connectedAccountId, "connectedAccountId");
        Objects.requireNonNull(composioUserId, "composioUserId");
        Objects.requireNonNull(status, "status");
        enabledTools = enabledTools == null ? List.of() : List.copyOf(enabledTools);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A profile name: 1-64 letters, digits, spaces, '_' or '-'. */
    public static String name(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (!NAME.matcher(name).matches()) {
            throw ComposioErrors.invalid("profile names are 1-64 letters, digits, spaces, '_' or '-'");
        }
        return name;
    }

    /** The name of its server in the user's MCP settings ({@code gmail-work}): agent tools are {@code mcp_<this>_<TOOL>}. */
    public String mcpServerName() {
        String cleaned = (toolkitSlug + "-" + profileName).replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-+$", "");
        return cleaned.length() <= 40 ? cleaned : cleaned.substring(0, 40);
    }

    /** The name of its MCP server at Composio (4-30 letters, digits, spaces and hyphens, unique in the project). */
    public String composioServerName() {
        return "ii-" + id.toString().replace("-", "").substring(0, 24);
    }

    public boolean ownedBy(UserId user) {
        return owner.equals(user);
    }

    public ComposioProfile activated(String serverId, EncryptedSecret url, Instant now) {
        return new ComposioProfile(id, owner, profileName, toolkitSlug, toolkitName, authConfigId, connectedAccountId,
                composioUserId, serverId, url, ComposioProfileStatus.ENABLED, enabledTools, mcpSettingId, createdAt, now);
    }

    public ComposioProfile withStatus(ComposioProfileStatus next, Instant now) {
        return new ComposioProfile(id, owner, profileName, toolkitSlug, toolkitName, authConfigId, connectedAccountId,
                composioUserId, mcpServerId, mcpUrl, next, enabledTools, mcpSettingId, createdAt, now);
    }

    public ComposioProfile withTools(List<String> tools, Instant now) {
        return new ComposioProfile(id, owner, profileName, toolkitSlug, toolkitName, authConfigId, connectedAccountId,
                composioUserId, mcpServerId, mcpUrl, status, tools, mcpSettingId, createdAt, now);
    }

    public ComposioProfile syncedTo(UUID settingId, Instant now) {
        return new ComposioProfile(id, owner, profileName, toolkitSlug, toolkitName, authConfigId, connectedAccountId,
                composioUserId, mcpServerId, mcpUrl, status, enabledTools, settingId, createdAt, now);
    }

    public boolean active() {
        return status == ComposioProfileStatus.ENABLED || status == ComposioProfileStatus.DISABLED;
    }
}
