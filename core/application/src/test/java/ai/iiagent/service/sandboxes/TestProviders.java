package ai.iiagent.service.sandboxes;

import ai.iiagent.port.out.sandbox.SandboxPort;

/** Test providers for other packages' tests. */
public final class TestProviders {

    private TestProviders() {
    }

    /** A sandbox provider that keeps files in memory. */
    public static SandboxPort inMemory() {
        return new FakeProvider();
    }
}
