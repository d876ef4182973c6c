package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.McpServer;
import ai.iiagent.domain.settings.McpServerSpec;
import ai.iiagent.domain.settings.McpSetting;
import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.domain.shared.SecretUnreadableException;
import ai.iiagent.port.in.settings.ResolveMcpServersQuery;
import ai.iiagent.port.in.settings.ResolveMcpServersUseCase;
import ai.iiagent.port.in.settings.ResolvedMcpServers;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import ai.iiagent.port.out.settings.McpSettingRepository;
import java.util.LinkedHashMap;
import java.util.Map;

/** Merges the caller's active MCP settings (newer settings override a server name) and decrypts their secrets. */
public final class ResolveMcpServersService implements ResolveMcpServersUseCase {

    private final McpSettingRepository repository;
    private final SecretCipherPort cipher;

    public ResolveMcpServersService(McpSettingRepository repository, SecretCipherPort cipher) {
        this.repository = repository;
        this.cipher = cipher;
    }

    @Override
    public ResolvedMcpServers resolve(ResolveMcpServersQuery query) {
        Map<String, McpServer> byName = new LinkedHashMap<>();
        for (McpSetting setting : repository.listOwnedBy(query.caller().userId(), true)) { // oldest first
            setting.servers().forEach(server -> {
                byName.remove(server.name());
                byName.put(server.name(), server);
            });
        }
        Map<String, McpServerSpec> open = new LinkedHashMap<>();
        Map<String, String> unreadable = new LinkedHashMap<>();
        byName.forEach((name, server) -> {
            try {
                open.put(name, unsealed(server));
            } catch (SecretUnreadableException e) {
                unreadable.put(name, "a stored secret of this server cannot be decrypted (key rotation not finished?)");
            }
        });
        return new ResolvedMcpServers(open.values().stream().toList(), unreadable);
    }

    private McpServerSpec unsealed(McpServer server) {
        return switch (server) {
            case McpServer.Stdio stdio -> new McpServerSpec(stdio.name(), stdio.command(), stdio.args(),
                    plain(stdio.env()), null, null, null);
            case McpServer.Remote remote -> new McpServerSpec(remote.name(), null, null, null, remote.url(),
                    plain(remote.headers()), remote.transport().code());
        };
    }

    private Map<String, String> plain(Map<String, EncryptedSecret> sealed) {
        Map<String, String> plain = new LinkedHashMap<>();
        sealed.forEach((key, value) -> plain.put(key, cipher.decryptText(value)));
        return plain;
    }
}
