package ai.iiagent.domain.sandboxes;

/**
 * One open interactive terminal (a shell on a pseudo-terminal) inside a session's sandbox. What it
 * prints goes to the {@link TerminalListener} given when it was opened.
 */
public interface Terminal {

    /** Types text into the terminal, as keystrokes (control characters included). */
    void input(String data);

    /** Changes the terminal's size; the programs in it are told (SIGWINCH). */
    void resize(TerminalSize size);

    /** Ends the shell and everything started in it; idempotent. The listener hears {@code closed} once. */
    void close();
}
