package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.ComposioAuthConfig;
import ai.iiagent.domain.integrations.ComposioConnection;
import ai.iiagent.domain.integrations.ComposioErrors;
import ai.iiagent.domain.integrations.ComposioProfile;
import ai.iiagent.domain.integrations.ComposioProfileStatus;
import ai.iiagent.domain.integrations.ComposioSlugs;
import ai.iiagent.domain.integrations.ComposioToolkit;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.integrations.ComposioConnectStarted;
import ai.iiagent.port.in.integrations.ConnectComposioToolkitCommand;
import ai.iiagent.port.in.integrations.ConnectComposioToolkitUseCase;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Connect a toolkit: a new auth config and connected account at Composio for the caller (Composio's
 * user id is derived from ours), stored as a pending profile; completing it once Composio reports the
 * account active creates its MCP server (with the profile's tool selection) and seals the caller's URL.
 */
public final class ConnectComposioToolkitService implements ConnectComposioToolkitUseCase {

    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    private static final int MAX_FIELDS = 20;
    private static final int MAX_VALUE = 4096;

    private final ComposioProfiles with;
    private final SecretCipherPort cipher;
    private final String callbackUrl;

    public ConnectComposioToolkitService(ComposioProfiles with, SecretCipherPort cipher, String callbackUrl) {
        this.with = with;
        this.cipher = cipher;
        this.callbackUrl = callbackUrl;
    }

    /** Composio's user id for one of ours: stable, and naming nothing but the account id. */
    static String composioUserId(UserId user) {
        return "ii-" + user.value();
    }

    @Override
    public ComposioConnectStarted connect(ConnectComposioToolkitCommand command) {
        with.requireConfigured();
        String slug = ComposioSlugs.toolkit(command.toolkitSlug());
        String name = ComposioProfile.name(command.profileName());
        checkFields(command.fields());
        UserId owner = command.caller().userId();
        if (with.profiles.findByName(owner, name).isPresent()) {
            throw ComposioErrors.profileExists(name);
        }
        ComposioToolkit toolkit = with.composio.toolkit(slug);
        ComposioAuthConfig authConfig = with.composio.createAuthConfig(slug, command.customAuth());
        String composioUser = composioUserId(owner);
        ComposioConnection connection = with.composio.connect(authConfig, composioUser, callbackUrl, command.fields());
        Instant now = with.clock.now();
        ComposioProfile profile = new ComposioProfile(UUID.randomUUID(), owner, name, slug, toolkit.name(), authConfig.id(),
                connection.id(), composioUser, null, null, ComposioProfileStatus.PENDING, List.of(), null, now, now);
        with.profiles.save(profile);
        if (connection.status().active()) {
            profile = activate(profile);
        }
        return new ComposioConnectStarted(profile, connection.status().active() ? null : connection.redirectUrl());
    }

    @Override
    public ComposioProfile complete(Identity caller, String connectedAccountId) {
        with.requireConfigured();
        if (connectedAccountId == null || connectedAccountId.isBlank()) {
            throw ComposioErrors.invalid("send the connected_account_id Composio sent back");
        }
        ComposioProfile profile = with.profiles.findByConnectedAccount(caller.userId(), connectedAccountId.strip())
                .orElseThrow(ComposioErrors::profileNotFound);
        if (profile.mcpServerId() != null) {
            return profile;
        }
        ComposioConnection connection = with.composio.connection(profile.connectedAccountId());
        if (connection.status().gone()) {
            with.profiles.save(profile.withStatus(ComposioProfileStatus.DISCONNECTED, with.clock.now()));
            throw ComposioErrors.connectionFailed(connection.status());
        }
        if (!connection.status().active()) {
            throw ComposioErrors.connectionPending();
        }
        return activate(profile);
    }

    private ComposioProfile activate(ComposioProfile profile) {
        String server = with.composio.createMcpServer(profile.composioServerName(), profile.authConfigId(),
                profile.enabledTools());
        String url = with.composio.mcpUrl(server, profile.composioUserId());
        ComposioProfile active = profile.activated(server, cipher.encryptText(url), with.clock.now());
        with.profiles.save(active);
        return active;
    }

    @Override
    public List<ComposioProfile> status(Identity caller, String toolkitSlug) {
        return with.profiles.list(caller.userId(), ComposioSlugs.toolkit(toolkitSlug));
    }

    @Override
    public void disconnect(Identity caller, String toolkitSlug, UUID profileId) {
        String slug = ComposioSlugs.toolkit(toolkitSlug);
        List<ComposioProfile> targets = profileId == null ? with.profiles.list(caller.userId(), slug)
                : List.of(with.owned(caller, profileId));
        if (targets.isEmpty() || targets.stream().anyMatch(profile -> !profile.toolkitSlug().equals(slug))) {
            throw ComposioErrors.profileNotFound();
        }
        targets.forEach(profile -> with.remove(caller, profile));
    }

    private static void checkFields(Map<String, String> fields) {
        if (fields.size() > MAX_FIELDS) {
            throw ComposioErrors.invalid("at most " + MAX_FIELDS + " initiation fields");
        }
        fields.forEach((key, value) -> {
            if (!FIELD.matcher(key).matches() || value == null || value.length() > MAX_VALUE) {
                throw ComposioErrors.invalid("initiation field '" + key + "' is malformed");
            }
        });
    }
}
