package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.sandbox.local.BubblewrapSandbox;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.sandbox.SandboxTerminalPort;
import java.util.Optional;

/**
 * The configured sandbox provider itself (local, docker or e2b), as a bean of its own type so the
 * lifecycle can wrap it while the plain {@link SandboxPort} bean stays the lifecycle's port; with the
 * optional capabilities its kind has (named shells, terminals, a host for stdio MCP servers), each
 * declared when the provider is built, so no wiring has to ask which kind it is.
 *
 * @param close what to stop when the application stops (shells, terminals, watchers)
 */
public record SandboxProvider(SandboxPort port, Optional<SandboxShellPort> shells, Optional<SandboxTerminalPort> terminals,
                              Optional<BubblewrapSandbox> stdioHost, Runnable close) {

    /** A provider with no optional capability. */
    static SandboxProvider plain(SandboxPort port) {
        return new SandboxProvider(port, Optional.empty(), Optional.empty(), Optional.empty(), () -> { });
    }

    /** The local bubblewrap sandbox: every capability. */
    static SandboxProvider local(BubblewrapSandbox sandbox) {
        return new SandboxProvider(sandbox, Optional.of(sandbox.shells()), Optional.of(sandbox.terminals()),
                Optional.of(sandbox), () -> {
                    sandbox.terminals().closeAll();
                    sandbox.shells().close();
                    sandbox.stopWatchingMemory();
                });
    }
}
