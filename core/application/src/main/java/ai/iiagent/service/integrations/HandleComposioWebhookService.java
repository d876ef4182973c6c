package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.ComposioConnectionStatus;
import ai.iiagent.domain.integrations.ComposioErrors;
import ai.iiagent.domain.integrations.ComposioProfile;
import ai.iiagent.domain.integrations.ComposioProfileStatus;
import ai.iiagent.domain.settings.McpSettingId;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.integrations.HandleComposioWebhookCommand;
import ai.iiagent.port.in.integrations.HandleComposioWebhookUseCase;
import ai.iiagent.port.in.settings.UpdateMcpSettingCommand;
import ai.iiagent.port.in.settings.UpdateMcpSettingUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.integrations.ComposioProfileRepository;
import ai.iiagent.port.out.integrations.ComposioWebhookDeliveryRepository;
import java.time.Instant;
import java.util.List;

/**
 * Composio's connection lifecycle webhooks: {@code composio.connected_account.expired} (or any event whose
 * account status is gone: failed, expired, revoked, inactive) marks the account's profiles
 * {@code disconnected}, as completing the connection does when Composio reports it so; the user connects
 * again; a profile synced into the user's MCP settings has that setting switched off, so runs stop offering
 * tools that would fail. When Composio names the account's user, only profiles of that Composio user are touched.
 */
public final class HandleComposioWebhookService implements HandleComposioWebhookUseCase {

    static final String EXPIRED_EVENT = "composio.connected_account.expired";
    private static final int MAX_FIELD_CHARS = 200;

    private final ComposioWebhookDeliveryRepository deliveries;
    private final ComposioProfileRepository profiles;
    private final UpdateMcpSettingUseCase updateSetting;
    private final ClockPort clock;

    public HandleComposioWebhookService(ComposioWebhookDeliveryRepository deliveries, ComposioProfileRepository profiles,
                                        UpdateMcpSettingUseCase updateSetting, ClockPort clock) {
        this.deliveries = deliveries;
        this.profiles = profiles;
        this.updateSetting = updateSetting;
        this.clock = clock;
    }

    @Override
    public String handle(HandleComposioWebhookCommand command) {
        if (!bounded(command.webhookId()) || !bounded(command.eventType())) {
            throw ComposioErrors.invalid("a Composio webhook needs webhook-id and type (at most " + MAX_FIELD_CHARS
                    + " characters)");
        }
        Instant now = clock.now();
        if (!deliveries.recordFirst(command.webhookId(), command.eventType(), now)) {
            return "duplicate";
        }
        boolean gone = EXPIRED_EVENT.equals(command.eventType()) || (command.accountStatus() != null
                && ComposioConnectionStatus.parse(command.accountStatus()).gone());
        if (!gone || !bounded(command.connectedAccountId())) {
            return "ignored";
        }
        List<ComposioProfile> affected = profiles.findAllByConnectedAccount(command.connectedAccountId()).stream()
                .filter(profile -> command.composioUserId() == null || profile.composioUserId().equals(command.composioUserId()))
                .filter(profile -> profile.status() != ComposioProfileStatus.DISCONNECTED)
                .toList();
        affected.forEach(profile -> profiles.save(disconnect(profile, now)));
        return affected.isEmpty() ? "ignored" : "applied";
    }

    private ComposioProfile disconnect(ComposioProfile profile, Instant now) {
        ComposioProfile next = profile.withStatus(ComposioProfileStatus.DISCONNECTED, now);
        if (profile.mcpSettingId() != null) {
            try { // on the owner's behalf: the setting is the owner's own, named by their profile
                updateSetting.update(new UpdateMcpSettingCommand(new Identity(profile.owner(), UserRole.USER),
                        new McpSettingId(profile.mcpSettingId()), null, null, false));
            } catch (NotFoundException deletedByTheUser) {
                next = next.syncedTo(null, now);
            }
        }
        return next;
    }

    private static boolean bounded(String value) {
        return value != null && !value.isBlank() && value.length() <= MAX_FIELD_CHARS;
    }
}
