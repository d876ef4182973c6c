package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.integrations.ComposioProfile;
import ai.iiagent.domain.users.Identity;
import java.util.List;
import java.util.UUID;

/**
 * The caller's Composio profiles as MCP servers: the config, syncing one into the caller's MCP
 * settings (so the agent gets {@code mcp_<server>_<TOOL>} tools), enabling, disabling, tool selection
 * and deletion. Another user's profile is {@code composio_profile_not_found} on every call.
 */
public interface ManageComposioProfilesUseCase {

    /** The caller's profiles (one toolkit's when {@code toolkitSlug} is given). */
    List<ComposioProfile> list(Identity caller, String toolkitSlug);

    /** The MCP server entry of an active profile. */
    ComposioMcpConfig mcpConfig(Identity caller, UUID profileId);

    /** Creates or refreshes the caller's MCP setting for this profile (active when the profile is enabled). */
    ComposioProfile sync(Identity caller, UUID profileId);

    /** Enables or disables the profile and its MCP setting. */
    ComposioProfile setEnabled(Identity caller, UUID profileId, boolean enabled);

    /** Selects the tools the profile's MCP server offers (empty: all of the toolkit's). */
    ComposioProfile setTools(Identity caller, UUID profileId, List<String> tools);

    /** Deletes the profile, at Composio too, and its MCP setting. */
    void delete(Identity caller, UUID profileId);
}
