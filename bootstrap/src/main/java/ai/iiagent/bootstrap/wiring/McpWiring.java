package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.mcp.McpClientAdapter;
import ai.iiagent.adapter.mcp.McpClientSettings;
import ai.iiagent.adapter.mcp.SandboxStdioLauncher;
import ai.iiagent.adapter.mcp.StdioLauncher;
import ai.iiagent.bootstrap.config.AppConfig;
import ai.iiagent.bootstrap.config.McpConfig;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.tools.McpToolsPort;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The MCP client for the users' MCP servers. Stdio servers run inside the local bubblewrap sandbox of
 * the session; with another sandbox provider they are refused (never started on the host).
 */
@ApplicationScoped
public class McpWiring {

    private static final Logger LOG = Logger.getLogger(McpWiring.class);

    @Produces
    @Singleton
    McpToolsPort mcpTools(AppConfig app, SandboxProvider provider, SandboxPort sandbox, ObjectMapper json,
                          @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version) {
        McpConfig config = app.mcp();
        StdioLauncher stdio = provider.stdioHost().<StdioLauncher>map(local -> new SandboxStdioLauncher(local, sandbox,
                config.stdioCpuSeconds(), config.stdioNetwork())).orElseGet(() -> {
                    LOG.info("mcp: stdio servers are off (they run only in the local sandbox); remote http/sse servers work");
                    return StdioLauncher.refusing("stdio MCP servers run only in the local (bubblewrap) sandbox; with this"
                            + " SANDBOX_PROVIDER configure the server by url (http or sse)");
                });
        return new McpClientAdapter(new McpClientSettings(config.connectTimeout(), config.toolTimeout(),
                config.maxToolsPerServer(), config.allowPrivateUrls()), stdio, json, version);
    }
}
