package ai.iiagent.service.sandboxes;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.sandbox.ShellCommand;
import ai.iiagent.port.out.sandbox.ShellInfo;
import ai.iiagent.port.out.sandbox.ShellOutput;
import java.util.List;
import java.util.function.Function;

/**
 * The {@link SandboxShellPort} the agent's shell tools get: like {@link LifecycleSandbox}, a call that
 * runs something first gets a running sandbox through the {@link SandboxLifecycle} (created lazily with
 * its {@code sandbox.status_changed} event and record, so the sweeper never takes a shell's workspace
 * for an orphan) and works on the sandbox serving the session (the parent's for a shared fork).
 */
final class LifecycleShells implements SandboxShellPort {

    private final SandboxLifecycle lifecycle;
    private final SandboxShellPort provider;

    LifecycleShells(SandboxLifecycle lifecycle, SandboxShellPort provider) {
        this.lifecycle = lifecycle;
        this.provider = provider;
    }

    @Override
    public ShellOutput run(SessionId sessionId, ShellCommand command, CreditReservation reservation) {
        return work(sessionId, reservation, owner -> provider.run(owner, command, reservation));
    }

    @Override
    public ShellOutput write(SessionId sessionId, String shellName, String input, boolean pressEnter,
                             CreditReservation reservation) {
        return work(sessionId, reservation, owner -> provider.write(owner, shellName, input, pressEnter, reservation));
    }

    @Override
    public ShellOutput view(SessionId sessionId, String shellName) {
        return provider.view(lifecycle.owningSession(sessionId), shellName);
    }

    @Override
    public List<ShellInfo> list(SessionId sessionId) {
        return provider.list(lifecycle.owningSession(sessionId));
    }

    @Override
    public void closeAll(SessionId sessionId) {
        provider.closeAll(lifecycle.owningSession(sessionId));
    }

    private <T> T work(SessionId sessionId, CreditReservation reservation, Function<SessionId, T> call) {
        SessionId owner = lifecycle.ready(sessionId, reservation).sessionId();
        try {
            return call.apply(owner);
        } finally {
            lifecycle.touched(owner); // idle time counts from the end of a long command
        }
    }
}
