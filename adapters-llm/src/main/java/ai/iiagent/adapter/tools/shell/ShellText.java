package ai.iiagent.adapter.tools.shell;

import ai.iiagent.port.out.sandbox.ShellOutput;
import ai.iiagent.port.out.sandbox.ShellState;
import java.util.LinkedHashMap;
import java.util.Map;

/** How shell output reaches the model: the last characters (the reference keeps the last 20 000), and a status line. */
final class ShellText {

    /** What a shell tool's whole answer may take; the runtime's own cut (20 000, from the start) never hits it. */
    static final int BUDGET = 19_800;

    private ShellText() {
    }

    /** The last {@code budget} characters of {@code output}, saying how much was left out. */
    static String tail(String output, boolean bufferDropped, int budget) {
        String note = bufferDropped ? "[earlier output is no longer in the shell's buffer]\n" : "";
        if (output.length() + note.length() <= budget) {
            return note + output;
        }
        int keep = Math.max(0, budget - 60);
        return "[" + (output.length() - keep) + " earlier characters not shown]\n" + output.substring(output.length() - keep);
    }

    /** The line after the output that says how the command ended. */
    static String status(ShellOutput result, long timeoutSeconds) {
        String name = "'" + result.shellName() + "'";
        if (result.timedOut()) {
            return "[timed out after " + timeoutSeconds + " s and interrupted with Ctrl-C; "
                    + (result.state() == ShellState.EXITED ? "the shell did not recover and was closed, the next"
                    + " command starts a new one]" : "shell " + name + " is ready for the next command]");
        }
        return switch (result.state()) {
            case IDLE -> "[exit code " + result.exitCode() + "]";
            case RUNNING -> "[still running in shell " + name + ": see it with BashView, send it input with"
                    + " BashWriteToProcess]";
            case EXITED -> "[shell " + name + " exited; the next command in it starts a new shell]";
        };
    }

    static Map<String, Object> display(ShellOutput result, String shown) {
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("session_name", result.shellName());
        display.put("status", result.state().name().toLowerCase(java.util.Locale.ROOT));
        display.put("output", shown);
        display.put("exit_code", result.exitCode());
        display.put("timed_out", result.timedOut());
        display.put("truncated", result.truncated() || !shown.equals(result.output()));
        return display;
    }

    static String stringArg(Map<String, Object> arguments, String key) {
        return arguments.get(key) instanceof String value && !value.isBlank() ? value : null;
    }

    static boolean booleanArg(Map<String, Object> arguments, String key, boolean otherwise) {
        Object value = arguments.get(key);
        if (value instanceof Boolean given) {
            return given;
        }
        return value instanceof String text ? Boolean.parseBoolean(text) : otherwise;
    }
}
