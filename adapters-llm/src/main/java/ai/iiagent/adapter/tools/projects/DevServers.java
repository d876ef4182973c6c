package ai.iiagent.adapter.tools.projects;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.sandbox.ShellCommand;
import ai.iiagent.port.out.sandbox.ShellOutput;
import java.time.Duration;

/**
 * A project's dev server: {@code start.sh} of the project run in the background of one persistent
 * shell ({@value #SHELL}), so it keeps running between tool calls and every check runs in the same
 * network namespace (each shell of the local sandbox has its own). The preview finds it there.
 */
final class DevServers {

    static final String SHELL = "project-servers";
    static final int PORT = 3000;

    private final SandboxShellPort shells;

    DevServers(SandboxShellPort shells) {
        this.shells = shells;
    }

    /** Stops a running server of the project (by its .server.pid), starts it again and waits for its port. */
    Status restart(SessionId sessionId, String directory, CreditReservation reservation) {
        String dir = "/workspace/" + directory;
        // A job of the shell itself (a process started in a subshell would not outlive the command).
        run(sessionId, "cd " + dir + " && { if [ -f .server.pid ]; then kill \"$(cat .server.pid)\" 2>/dev/null; sleep 0.5;"
                + " fi; } && sh start.sh > .server.log 2>&1 & echo started", 20, reservation);
        run(sessionId, "python3 -c 'import socket,time\nfor _ in range(60):\n    try:\n        socket.create_connection"
                + "((\"127.0.0.1\", " + PORT + "), 1).close(); break\n    except OSError: time.sleep(0.25)'", 30, reservation);
        return status(sessionId, directory, reservation);
    }

    /** Whether the server answers HTTP on its port, with the tail of its log. */
    Status status(SessionId sessionId, String directory, CreditReservation reservation) {
        ShellOutput probe = run(sessionId, "python3 -c 'import urllib.request, urllib.error\ntry:\n"
                + "    print(\"HTTP\", urllib.request.urlopen(\"http://127.0.0.1:" + PORT + "/\", timeout=5).status)\n"
                + "except urllib.error.HTTPError as e:\n    print(\"HTTP\", e.code)\n"
                + "except Exception as e:\n    print(\"DOWN\", type(e).__name__, e)'\n"
                + "echo '--- last lines of .server.log ---'; tail -n 15 /workspace/" + directory + "/.server.log 2>/dev/null",
                20, reservation);
        String output = probe.output();
        return new Status(output.contains("HTTP "), output.strip());
    }

    private ShellOutput run(SessionId sessionId, String command, int seconds, CreditReservation reservation) {
        return shells.run(sessionId, new ShellCommand(SHELL, command, Duration.ofSeconds(seconds), true), reservation);
    }

    record Status(boolean running, String report) {
    }
}
