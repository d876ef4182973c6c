package ai.iiagent.domain.sandboxes;

import ai.iiagent.domain.shared.ValidationException;

/** The character grid of an interactive terminal: rows and columns, each bounded so a client cannot ask for a huge one. */
public record TerminalSize(int rows, int cols) {

    public static final int MAX_ROWS = 500;
    public static final int MAX_COLS = 1000;
    public static final TerminalSize DEFAULT = new TerminalSize(24, 80);

    public TerminalSize {
        if (rows < 1 || rows > MAX_ROWS || cols < 1 || cols > MAX_COLS) {
            throw new ValidationException("a terminal has 1.." + MAX_ROWS + " rows and 1.." + MAX_COLS + " cols, got "
                    + rows + "x" + cols);
        }
    }
}
