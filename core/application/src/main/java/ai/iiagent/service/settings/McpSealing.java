package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.SettingsErrors;
import ai.iiagent.domain.settings.McpServer;
import ai.iiagent.domain.settings.McpServerSpec;
import ai.iiagent.domain.settings.McpTransport;
import ai.iiagent.domain.settings.SettingsValidationException;
import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validates server specs and seals their secret values; a masked value reuses what was stored under that name. */
final class McpSealing {

    private final SecretCipherPort cipher;

    McpSealing(SecretCipherPort cipher) {
        this.cipher = cipher;
    }

    List<McpServer> seal(List<McpServerSpec> specs, List<McpServer> stored) {
        if (specs.isEmpty() || specs.size() > McpServerSpec.MAX_SERVERS) {
            throw new SettingsValidationException(SettingsErrors.MCP_CONFIG_TOO_LARGE,
                    "mcpServers holds 1 to " + McpServerSpec.MAX_SERVERS + " servers");
        }
        Set<String> names = new HashSet<>();
        return specs.stream().map(spec -> {
            spec.validate();
            if (!names.add(spec.name())) {
                throw new SettingsValidationException(SettingsErrors.INVALID_MCP_SERVER_NAME, "duplicate server name " + spec.name());
            }
            Map<String, EncryptedSecret> before = stored.stream().filter(server -> server.name().equals(spec.name()))
                    .findFirst().map(McpServer::secrets).orElse(Map.of());
            return spec.isStdio()
                    ? (McpServer) new McpServer.Stdio(spec.name(), spec.command().strip(), spec.args(), sealAll(spec, spec.env(), before))
                    : new McpServer.Remote(spec.name(), spec.url().strip(), McpTransport.parse(spec.transport()),
                    sealAll(spec, spec.headers(), before));
        }).toList();
    }

    /** The server with any value sealed by an older key re-sealed under the current one. */
    McpServer refresh(McpServer server) {
        Map<String, EncryptedSecret> fresh = new LinkedHashMap<>();
        server.secrets().forEach((key, sealed) ->
                fresh.put(key, cipher.isStale(sealed) ? cipher.encrypt(cipher.decrypt(sealed)) : sealed));
        return switch (server) {
            case McpServer.Stdio stdio -> new McpServer.Stdio(stdio.name(), stdio.command(), stdio.args(), fresh);
            case McpServer.Remote remote -> new McpServer.Remote(remote.name(), remote.url(), remote.transport(), fresh);
        };
    }

    private Map<String, EncryptedSecret> sealAll(McpServerSpec spec, Map<String, String> plain,
                                                 Map<String, EncryptedSecret> before) {
        Map<String, EncryptedSecret> sealed = new LinkedHashMap<>();
        plain.forEach((key, value) -> {
            if (McpServerSpec.MASK.equals(value)) {
                EncryptedSecret kept = before.get(key);
                if (kept == null) {
                    throw new SettingsValidationException(SettingsErrors.INVALID_MCP_CONFIG, "server '" + spec.name() + "': '" + key
                            + "' is masked but nothing is stored for it; send the real value");
                }
                sealed.put(key, kept);
            } else {
                sealed.put(key, cipher.encryptText(value));
            }
        });
        return sealed;
    }
}
