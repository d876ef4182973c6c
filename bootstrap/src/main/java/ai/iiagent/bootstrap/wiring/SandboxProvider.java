package ai.iiagent.bootstrap.wiring;

import ai.iiagent.port.out.sandbox.SandboxPort;

/**
 * The configured sandbox provider itself (local, docker or e2b), as a bean of its own type so the
 * lifecycle can wrap it while the plain {@link SandboxPort} bean stays the lifecycle's port.
 */
public record SandboxProvider(SandboxPort port) {
}
