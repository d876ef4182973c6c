package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.ComposioErrors;
import ai.iiagent.domain.integrations.ComposioProfile;
import ai.iiagent.domain.settings.McpSettingId;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.settings.DeleteMcpSettingCommand;
import ai.iiagent.port.in.settings.DeleteMcpSettingUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.integrations.ComposioPort;
import ai.iiagent.port.out.integrations.ComposioProfileRepository;
import java.util.UUID;

/** What the Composio services share: the caller's profile lookup and removing a profile everywhere. */
public final class ComposioProfiles {

    final ComposioPort composio;
    final ComposioProfileRepository profiles;
    final ClockPort clock;
    private final DeleteMcpSettingUseCase deleteSetting;

    public ComposioProfiles(ComposioPort composio, ComposioProfileRepository profiles, ClockPort clock,
                     DeleteMcpSettingUseCase deleteSetting) {
        this.composio = composio;
        this.profiles = profiles;
        this.clock = clock;
        this.deleteSetting = deleteSetting;
    }

    /** The caller's profile; someone else's or none is "not found". */
    ComposioProfile owned(Identity caller, UUID id) {
        if (id == null) {
            throw ComposioErrors.profileNotFound();
        }
        return profiles.find(caller.userId(), id).orElseThrow(ComposioErrors::profileNotFound);
    }

    void requireConfigured() {
        if (!composio.configured()) {
            throw ComposioErrors.notConfigured();
        }
    }

    /**
     * The profile's MCP setting, MCP server, connected account and auth config go, then the profile.
     * Composio being down does not keep the profile: its remains there are best-effort.
     */
    void remove(Identity caller, ComposioProfile profile) {
        if (profile.mcpSettingId() != null) {
            removeSetting(caller, profile.mcpSettingId());
        }
        if (composio.configured()) {
            bestEffort(() -> {
                if (profile.mcpServerId() != null) {
                    composio.deleteMcpServer(profile.mcpServerId());
                }
            });
            bestEffort(() -> composio.deleteConnection(profile.connectedAccountId()));
            bestEffort(() -> composio.deleteAuthConfig(profile.authConfigId()));
        }
        profiles.delete(caller.userId(), profile.id());
    }

    void removeSetting(Identity caller, UUID settingId) {
        try {
            deleteSetting.delete(new DeleteMcpSettingCommand(caller, new McpSettingId(settingId)));
        } catch (NotFoundException e) {
            // the user deleted it in the MCP settings already
        }
    }

    private static void bestEffort(Runnable call) {
        try {
            call.run();
        } catch (UpstreamFailureException e) {
            // Composio keeps an orphan; nothing of it reaches the user's agent any more
        }
    }
}
