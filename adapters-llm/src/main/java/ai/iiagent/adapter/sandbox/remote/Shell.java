package ai.iiagent.adapter.sandbox.remote;

import java.time.Duration;

/** Shell command lines for remote sandboxes. */
public final class Shell {

    /** Exit code of {@code timeout -s KILL} when it killed the command. */
    public static final int KILLED = 137;

    private Shell() {
    }

    /** A single-quoted shell word. */
    public static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** The argv that runs {@code command} with bash, killed with everything when {@code timeout} passes. */
    public static String[] bounded(String command, Duration timeout) {
        return new String[] {"timeout", "-s", "KILL", Long.toString(Math.max(1, timeout.toSeconds())), "bash", "-c", command};
    }

    /** Whether an exit came from the timeout (killed, and at least the timeout has passed). */
    public static boolean timedOut(int exitCode, Duration elapsed, Duration timeout) {
        return exitCode == KILLED && elapsed.compareTo(timeout.minusMillis(500)) >= 0;
    }
}
