package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.ComposioAction;
import ai.iiagent.domain.integrations.ComposioConnectionStatus;
import ai.iiagent.domain.integrations.ComposioErrors;
import ai.iiagent.domain.integrations.ComposioProfile;
import ai.iiagent.domain.integrations.ComposioProfileStatus;
import ai.iiagent.domain.integrations.ComposioSlugs;
import ai.iiagent.domain.settings.McpServerSpec;
import ai.iiagent.domain.settings.McpSetting;
import ai.iiagent.domain.settings.McpSettingId;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.integrations.ComposioMcpConfig;
import ai.iiagent.port.in.integrations.ManageComposioProfilesUseCase;
import ai.iiagent.port.in.settings.CreateMcpSettingCommand;
import ai.iiagent.port.in.settings.CreateMcpSettingUseCase;
import ai.iiagent.port.in.settings.UpdateMcpSettingCommand;
import ai.iiagent.port.in.settings.UpdateMcpSettingUseCase;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Profiles as the caller's MCP servers. Syncing writes one MCP setting per profile through the MCP
 * settings use cases (so it shows, validated, among the user's MCP settings, marked with the profile's
 * id in its metadata); tool selection is applied by Composio's MCP server itself.
 */
public final class ManageComposioProfilesService implements ManageComposioProfilesUseCase {

    private final ComposioProfiles with;
    private final SecretCipherPort cipher;
    private final CreateMcpSettingUseCase createSetting;
    private final UpdateMcpSettingUseCase updateSetting;

    public ManageComposioProfilesService(ComposioProfiles with, SecretCipherPort cipher, CreateMcpSettingUseCase createSetting,
                                         UpdateMcpSettingUseCase updateSetting) {
        this.with = with;
        this.cipher = cipher;
        this.createSetting = createSetting;
        this.updateSetting = updateSetting;
    }

    @Override
    public List<ComposioProfile> list(Identity caller, String toolkitSlug) {
        return with.profiles.list(caller.userId(), toolkitSlug == null || toolkitSlug.isBlank() ? null
                : ComposioSlugs.toolkit(toolkitSlug));
    }

    @Override
    public ComposioMcpConfig mcpConfig(Identity caller, UUID profileId) {
        ComposioProfile profile = active(caller, profileId);
        return new ComposioMcpConfig(profile.mcpServerName(), cipher.decryptText(profile.mcpUrl()));
    }

    @Override
    public ComposioProfile sync(Identity caller, UUID profileId) {
        ComposioProfile profile = active(caller, profileId);
        McpServerSpec server = new McpServerSpec(profile.mcpServerName(), null, null, null,
                cipher.decryptText(profile.mcpUrl()), Map.of(), null);
        boolean enabled = profile.status() == ComposioProfileStatus.ENABLED;
        if (profile.mcpSettingId() != null) {
            try {
                updateSetting.update(new UpdateMcpSettingCommand(caller, new McpSettingId(profile.mcpSettingId()),
                        List.of(server), null, enabled));
                return profile;
            } catch (NotFoundException e) {
                // deleted in the MCP settings: written again below
            }
        }
        McpSetting setting = createSetting.create(new CreateMcpSettingCommand(caller, List.of(server),
                JsonObject.of(Map.of(ComposioProfile.MCP_METADATA_SOURCE, ComposioProfile.MCP_METADATA_SOURCE_VALUE,
                        ComposioProfile.MCP_METADATA_PROFILE, profile.id().toString())), enabled));
        ComposioProfile synced = profile.syncedTo(setting.id().value(), with.clock.now());
        with.profiles.save(synced);
        return synced;
    }

    @Override
    public ComposioProfile setEnabled(Identity caller, UUID profileId, boolean enabled) {
        ComposioProfile profile = active(caller, profileId);
        ComposioProfile next = profile.withStatus(enabled ? ComposioProfileStatus.ENABLED : ComposioProfileStatus.DISABLED,
                with.clock.now());
        if (profile.mcpSettingId() != null) {
            try {
                updateSetting.update(new UpdateMcpSettingCommand(caller, new McpSettingId(profile.mcpSettingId()), null,
                        null, enabled));
            } catch (NotFoundException e) {
                next = next.syncedTo(null, with.clock.now());
            }
        }
        with.profiles.save(next);
        return next;
    }

    @Override
    public ComposioProfile setTools(Identity caller, UUID profileId, List<String> tools) {
        ComposioProfile profile = with.owned(caller, profileId);
        List<String> selected = ComposioSlugs.tools(tools);
        if (profile.mcpServerId() != null) {
            with.requireConfigured();
            // Composio reads an empty list as "no tools": "all" is spelled out
            with.composio.updateMcpServerTools(profile.mcpServerId(), selected.isEmpty()
                    ? with.composio.actions(profile.toolkitSlug(), ComposioSlugs.MAX_TOOLS).stream().map(ComposioAction::slug).toList()
                    : selected);
        }
        ComposioProfile next = profile.withTools(selected, with.clock.now());
        with.profiles.save(next);
        return next;
    }

    @Override
    public void delete(Identity caller, UUID profileId) {
        with.remove(caller, with.owned(caller, profileId));
    }

    private ComposioProfile active(Identity caller, UUID profileId) {
        ComposioProfile profile = with.owned(caller, profileId);
        if (profile.status() == ComposioProfileStatus.DISCONNECTED) {
            throw ComposioErrors.connectionFailed(ComposioConnectionStatus.FAILED);
        }
        if (!profile.active() || profile.mcpUrl() == null) {
            throw ComposioErrors.connectionPending();
        }
        return profile;
    }
}
