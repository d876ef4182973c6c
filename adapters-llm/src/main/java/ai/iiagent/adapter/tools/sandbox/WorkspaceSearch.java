package ai.iiagent.adapter.tools.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What Grep and Glob share: the directory argument made workspace-relative (never climbing out), the
 * shell quoting of what goes on their command lines, the {@code include} globs as {@code find -name}
 * tests (one level of braces expanded: {@code *.{ts,tsx}}), and {@code offset}/{@code limit} paging.
 */
final class WorkspaceSearch {

    /** Version control internals are never searched (the original's ripgrep skips them too). */
    static final String PRUNED = "\\( -name .git -prune \\) -o";

    private WorkspaceSearch() {
    }

    /** The search root relative to /workspace ("." for the root). */
    static String directory(Map<String, Object> arguments) {
        Object value = arguments.get("path");
        if (value == null || value instanceof String text && text.isBlank()) {
            return ".";
        }
        if (!(value instanceof String path)) {
            throw new ToolInputException("path must be a string");
        }
        String relative = WorkspaceFiles.relative(path);
        if (relative.equals("..") || relative.startsWith("../") || relative.contains("/../") || relative.endsWith("/..")) {
            throw new ToolInputException("path " + path + " is outside your workspace");
        }
        return relative.isEmpty() ? "." : relative;
    }

    static String quoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** {@code find} tests for the include globs, e.g. {@code \( -name '*.ts' -o -name '*.tsx' \)}; "" for none. */
    static String includeTest(Object include) {
        if (include == null || include instanceof String text && text.isBlank()) {
            return "";
        }
        if (!(include instanceof String glob)) {
            throw new ToolInputException("include must be a glob string such as *.java or *.{ts,tsx}");
        }
        List<String> names = expandBraces(glob.strip());
        List<String> tests = new ArrayList<>();
        for (String name : names) {
            if (name.contains("/")) {
                throw new ToolInputException("include matches file names (such as *.java), not paths; use path for"
                        + " the directory");
            }
            tests.add("-name " + quoted(name));
        }
        return "\\( " + String.join(" -o ", tests) + " \\)";
    }

    static List<String> expandBraces(String glob) {
        int open = glob.indexOf('{');
        int close = open < 0 ? -1 : glob.indexOf('}', open);
        if (open < 0 || close < 0) {
            return List.of(glob);
        }
        List<String> expanded = new ArrayList<>();
        for (String choice : glob.substring(open + 1, close).split(",", -1)) {
            expanded.addAll(expandBraces(glob.substring(0, open) + choice + glob.substring(close + 1)));
        }
        return expanded;
    }

    static int intArgument(Map<String, Object> arguments, String name, int fallback, int min, int max) {
        Object value = arguments.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
            throw new ToolInputException(name + " must be a whole number");
        }
        long given = number.longValue();
        if (given < min || given > max) {
            throw new ToolInputException(name + " must be between " + min + " and " + max);
        }
        return (int) given;
    }

    /** "showing 101-200" and, when there is more, how to ask for the next page. */
    static String pageNote(int offset, int shown, boolean more, String unit) {
        if (shown == 0) {
            return "";
        }
        String note = " (showing " + unit + " " + (offset + 1) + "-" + (offset + shown) + ")";
        return more ? note + "; more: call again with offset=" + (offset + shown) : note;
    }
}
