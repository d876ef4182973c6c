package ai.iiagent.e2e.projects;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.sandbox.ShellCommand;
import java.time.Duration;

/** Starts a server in a session's sandbox for a test and waits until its port accepts connections. */
public final class SandboxServers {

    private SandboxServers() {
    }

    /** Runs {@code command} in the background of the shell {@code shell} and waits for {@code port} (at most ~10 s). */
    public static void start(SandboxShellPort shells, SessionId session, String shell, String command, int port,
                             CreditReservation hold) throws InterruptedException {
        shells.run(session, new ShellCommand(shell, command + " > /tmp/" + shell + ".log 2>&1 &", Duration.ofSeconds(20),
                true), hold);
        awaitListening(shells, session, shell, port, hold);
    }

    /** Waits until something in the sandbox accepts connections on {@code port} (at most ~10 s). */
    public static void awaitListening(SandboxShellPort shells, SessionId session, String shell, int port,
                                      CreditReservation hold) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            String ready = shells.run(session, new ShellCommand(shell, "python3 -c \"import socket;"
                    + " socket.create_connection(('127.0.0.1', " + port + "), 1)\" 2>/dev/null && echo up || echo down",
                    Duration.ofSeconds(10), true), hold).output();
            if (ready.contains("up")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the sandbox server on port " + port + " did not start");
    }
}
