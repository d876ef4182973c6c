package ai.iiagent.bootstrap.wiring;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.sandbox.ShellCommand;
import ai.iiagent.port.out.sandbox.ShellInfo;
import ai.iiagent.port.out.sandbox.ShellOutput;
import java.util.List;

/** For a sandbox kind without persistent shells: says so ({@code sandbox_unavailable}) instead of running elsewhere. */
final class UnsupportedShells implements SandboxShellPort {

    private static ServiceUnavailableException unavailable() {
        return new ServiceUnavailableException(ErrorCode.of("sandbox_unavailable"),
                "persistent shells are only available with the local sandbox so far");
    }

    @Override
    public ShellOutput run(SessionId sessionId, ShellCommand command, CreditReservation reservation) {
        throw unavailable();
    }

    @Override
    public ShellOutput write(SessionId sessionId, String shellName, String input, boolean pressEnter,
                             CreditReservation reservation) {
        throw unavailable();
    }

    @Override
    public ShellOutput view(SessionId sessionId, String shellName) {
        throw unavailable();
    }

    @Override
    public List<ShellInfo> list(SessionId sessionId) {
        return List.of();
    }

    @Override
    public void closeAll(SessionId sessionId) {
        // nothing to close
    }
}
