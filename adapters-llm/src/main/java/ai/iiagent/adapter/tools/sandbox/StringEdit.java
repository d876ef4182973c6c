package ai.iiagent.adapter.tools.sandbox;

import java.util.Optional;

/**
 * The {@code Edit} tool's text transform: replace an exact string, once (it must then be unique) or
 * everywhere. An empty old string creates a file that does not exist yet (or fills an empty one).
 */
final class StringEdit {

    /** The new content, how many places changed and the lines of the first change (1-based, in the new content). */
    record Result(String content, int replacements, int firstLine, int lastLine) {
    }

    private StringEdit() {
    }

    static Result apply(String shownPath, Optional<String> current, String oldString, String newString, boolean replaceAll) {
        if (oldString.equals(newString)) {
            throw new ToolInputException("old_string and new_string are the same; there is nothing to change");
        }
        if (current.isEmpty()) {
            if (!oldString.isEmpty()) {
                throw new ToolInputException("File does not exist: " + shownPath
                        + " (to create it, use an empty old_string)");
            }
            return new Result(newString, 1, 1, Math.max(1, NumberedLines.split(newString).size()));
        }
        String content = current.get();
        if (oldString.isEmpty()) {
            if (!content.isEmpty()) {
                throw new ToolInputException("old_string is empty but " + shownPath + " already has content; give the"
                        + " exact text to replace");
            }
            return new Result(newString, 1, 1, Math.max(1, NumberedLines.split(newString).size()));
        }
        String target = oldString;
        String replacement = newString;
        int count = occurrences(content, target);
        if (count == 0 && content.contains("\r\n") && !target.contains("\r\n")) {
            target = target.replace("\n", "\r\n"); // the model writes \n; the file uses CRLF
            replacement = replacement.replace("\n", "\r\n");
            count = occurrences(content, target);
        }
        if (count == 0) {
            throw new ToolInputException("old_string was not found in " + shownPath + ". It must match the file"
                    + " exactly, including whitespace and indentation; read the file again if it may have changed.");
        }
        if (count > 1 && !replaceAll) {
            throw new ToolInputException("old_string occurs " + count + " times in " + shownPath + "; include more"
                    + " surrounding lines to make it unique, or set replace_all to true to change every occurrence.");
        }
        int first = content.indexOf(target);
        String updated = replaceAll ? content.replace(target, replacement)
                : content.substring(0, first) + replacement + content.substring(first + target.length());
        int firstLine = NumberedLines.lineAt(updated, first);
        int lastLine = NumberedLines.lineAt(updated, first + Math.max(0, replacement.length() - 1));
        return new Result(updated, replaceAll ? count : 1, firstLine, lastLine);
    }

    static int occurrences(String content, String target) {
        int count = 0;
        for (int at = content.indexOf(target); at >= 0; at = content.indexOf(target, at + target.length())) {
            count++;
        }
        return count;
    }
}
