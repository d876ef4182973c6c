package ai.iiagent.domain.sandboxes;

/** Where a {@link Terminal}'s output goes. Calls come from one thread per terminal, in order. */
public interface TerminalListener {

    /**
     * Text the terminal printed (whole UTF-8 characters; escape sequences as they are). May block to
     * slow a flooding program down to what the client reads; returning false closes the terminal.
     */
    boolean output(String data);

    /** The shell ended (exit, {@link Terminal#close}, or the sandbox went away); called once, last. */
    void closed(int exitCode);
}
