package ai.iiagent.adapter.tools.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * The text transforms of Anthropic's text editor tool ({@code str_replace_based_edit_tool}):
 * {@code view} with line numbers (clipped at 500 lines), {@code str_replace} of a unique string and
 * {@code insert} after a line. Messages follow the wording Claude models are used to.
 */
final class TextEditor {

    static final int MAX_VIEW_LINES = 500;
    private static final int SNIPPET_CONTEXT = 4;

    /** A file's new content and what to tell the model. */
    record Edited(String content, String message) {
    }

    private TextEditor() {
    }

    /** {@code cat -n} of the file or of {@code [from, to]} ({@code to} -1 = to the end), at most 500 lines. */
    static String view(String shownPath, String content, List<Integer> range) {
        List<String> lines = NumberedLines.split(content);
        int from = 1;
        int to = lines.size();
        if (range != null) {
            if (range.size() != 2) {
                throw new ToolInputException("view_range must be two integers [start, end]");
            }
            from = range.get(0);
            to = range.get(1) == -1 ? lines.size() : range.get(1);
            if (from < 1 || from > Math.max(1, lines.size())) {
                throw new ToolInputException("Invalid `view_range`: " + range + ". Its first element " + from
                        + " should be within the range of lines of the file: [1, " + lines.size() + "]");
            }
            if (to < from || to > lines.size()) {
                throw new ToolInputException("Invalid `view_range`: " + range + ". Its second element " + range.get(1)
                        + " should be -1 or within [" + from + ", " + lines.size() + "]");
            }
        }
        int last = Math.min(to, from + MAX_VIEW_LINES - 1);
        String text = "Here's the result of running `cat -n` on " + shownPath + ":\n" + NumberedLines.of(lines, from, last);
        if (last < to) {
            text += "<response clipped: lines " + from + "-" + last + " of " + lines.size() + " shown; use view_range to"
                    + " see more>\n";
        }
        return text;
    }

    static Edited strReplace(String shownPath, String content, String oldStr, String newStr) {
        int count = StringEdit.occurrences(content, oldStr);
        if (oldStr.isEmpty() || count == 0) {
            throw new ToolInputException("No replacement was performed, old_str `" + oldStr + "` did not appear"
                    + " verbatim in " + shownPath + ".");
        }
        if (count > 1) {
            List<Integer> at = new ArrayList<>();
            for (int i = content.indexOf(oldStr); i >= 0; i = content.indexOf(oldStr, i + oldStr.length())) {
                at.add(NumberedLines.lineAt(content, i));
            }
            throw new ToolInputException("No replacement was performed. Multiple occurrences of old_str `" + oldStr
                    + "` in lines " + at + ". Please ensure it is unique");
        }
        int index = content.indexOf(oldStr);
        String updated = content.substring(0, index) + newStr + content.substring(index + oldStr.length());
        int first = NumberedLines.lineAt(updated, index);
        int last = NumberedLines.lineAt(updated, index + Math.max(0, newStr.length() - 1));
        return new Edited(updated, "The file " + shownPath + " has been edited. Here's the result of running `cat -n`"
                + " on a snippet of " + shownPath + ":\n" + NumberedLines.snippet(updated, first, last, SNIPPET_CONTEXT)
                + "Review the changes and make sure they are as expected. Edit the file again if necessary.");
    }

    /** Inserts {@code text} after line {@code after} (0 = at the top). */
    static Edited insert(String shownPath, String content, int after, String text) {
        List<String> lines = new ArrayList<>(NumberedLines.split(content));
        if (after < 0 || after > lines.size()) {
            throw new ToolInputException("Invalid `insert_line` parameter: " + after + ". It should be within the range"
                    + " of lines of the file: [0, " + lines.size() + "]");
        }
        List<String> inserted = NumberedLines.split(text.endsWith("\n") || text.isEmpty() ? text : text + "\n");
        lines.addAll(after, inserted.isEmpty() ? List.of("") : inserted);
        String updated = String.join("\n", lines) + "\n";
        return new Edited(updated, "The file " + shownPath + " has been edited. Here's the result of running `cat -n`"
                + " on a snippet of the edited file:\n"
                + NumberedLines.snippet(updated, after + 1, after + Math.max(1, inserted.size()), SNIPPET_CONTEXT)
                + "Review the changes and make sure they are as expected (correct indentation, no duplicate lines)."
                + " Edit the file again if necessary.");
    }
}
