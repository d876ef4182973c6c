package ai.iiagent.adapter.tools.sandbox;

import java.util.List;

/** {@code cat -n} style: each line as a right-aligned number, a tab and the text. */
final class NumberedLines {

    private NumberedLines() {
    }

    /** The file's lines (a final newline does not make an extra empty line). */
    static List<String> split(String content) {
        if (content.isEmpty()) {
            return List.of();
        }
        String body = content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
        return List.of(body.split("\n", -1));
    }

    /** Lines {@code from..to} (1-based, inclusive, clamped to the file). */
    static String of(List<String> lines, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = Math.max(1, from); i <= Math.min(to, lines.size()); i++) {
            text.append(String.format("%6d\t", i)).append(lines.get(i - 1)).append('\n');
        }
        return text.toString();
    }

    /** The lines around {@code [firstChanged, lastChanged]} of the new content, with {@code context} more on each side. */
    static String snippet(String content, int firstChanged, int lastChanged, int context) {
        return of(split(content), firstChanged - context, lastChanged + context);
    }

    /** 1-based line number of a character offset. */
    static int lineAt(String content, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < content.length(); i++) {
            if (content.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
