package ai.iiagent.port.out.sandbox;

/** What a persistent shell is doing. */
public enum ShellState {
    /** Waiting for a command. */
    IDLE,
    /** A command is still running (input can be written to it). */
    RUNNING,
    /** The shell ended (exit, a limit, killed); the next command starts a new one with the same name. */
    EXITED
}
