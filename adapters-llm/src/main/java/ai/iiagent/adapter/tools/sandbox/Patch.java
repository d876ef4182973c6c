package ai.iiagent.adapter.tools.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The OpenAI {@code apply_patch} format: between {@code *** Begin Patch} and {@code *** End Patch},
 * sections {@code *** Add File: p} (lines starting with {@code +}), {@code *** Delete File: p} and
 * {@code *** Update File: p} (optionally {@code *** Move to: q}) with hunks: an {@code @@} line
 * (optionally followed by a line to seek to, such as a function header), then lines starting with
 * space (context), {@code -} (removed) or {@code +} (added); {@code *** End of File} anchors a hunk
 * at the end. Context is matched exactly, then ignoring trailing, then surrounding whitespace.
 * {@link #apply} computes every change before anything is written, so a bad patch changes nothing.
 */
final class Patch {

    private static final String BEGIN = "*** Begin Patch";
    private static final String END = "*** End Patch";
    private static final String ADD = "*** Add File: ";
    private static final String DELETE = "*** Delete File: ";
    private static final String UPDATE = "*** Update File: ";
    private static final String MOVE = "*** Move to: ";
    private static final String END_OF_FILE = "*** End of File";

    /** What one section does. */
    enum Kind { ADD, DELETE, UPDATE }

    /** One hunk line: {@code ' '} context, {@code '-'} removed, {@code '+'} added. */
    record Line(char mark, String text) {
    }

    record Hunk(String seek, List<Line> lines, boolean atEnd) {

        List<String> oldLines() {
            return lines.stream().filter(line -> line.mark() != '+').map(Line::text).toList();
        }

        List<String> newLines() {
            return lines.stream().filter(line -> line.mark() != '-').map(Line::text).toList();
        }
    }

    record Section(Kind kind, String path, String moveTo, List<String> addedLines, List<Hunk> hunks) {
    }

    /** One file's outcome: its new content (null when deleted), and where it came from when moved. */
    record Change(Kind kind, String path, String movedFrom, String content) {
    }

    private Patch() {
    }

    static List<Section> parse(String text) {
        List<String> lines = List.of(text.replace("\r\n", "\n").split("\n", -1));
        int begin = indexOf(lines, BEGIN, 0);
        int end = begin < 0 ? -1 : indexOf(lines, END, begin + 1);
        if (begin < 0 || end < 0) {
            throw new ToolInputException("a patch starts with a line '" + BEGIN + "' and ends with a line '" + END + "'");
        }
        List<Section> sections = new ArrayList<>();
        int i = begin + 1;
        while (i < end) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
            } else if (line.startsWith(ADD)) {
                List<String> added = new ArrayList<>();
                for (i++; i < end && !lines.get(i).startsWith("*** "); i++) {
                    if (!lines.get(i).startsWith("+")) {
                        throw new ToolInputException("in '" + line + "' every line must start with '+', got: " + lines.get(i));
                    }
                    added.add(lines.get(i).substring(1));
                }
                sections.add(new Section(Kind.ADD, path(line, ADD), null, added, List.of()));
            } else if (line.startsWith(DELETE)) {
                sections.add(new Section(Kind.DELETE, path(line, DELETE), null, List.of(), List.of()));
                i++;
            } else if (line.startsWith(UPDATE)) {
                String moveTo = null;
                i++;
                if (i < end && lines.get(i).startsWith(MOVE)) {
                    moveTo = path(lines.get(i), MOVE);
                    i++;
                }
                List<Hunk> hunks = new ArrayList<>();
                i = hunks(lines, i, end, line, hunks);
                if (hunks.isEmpty()) {
                    throw new ToolInputException("'" + line + "' has no changes (hunks start with @@)");
                }
                sections.add(new Section(Kind.UPDATE, path(line, UPDATE), moveTo, List.of(), hunks));
            } else {
                throw new ToolInputException("unexpected line in the patch: '" + line + "' (expected " + ADD + ", "
                        + DELETE + " or " + UPDATE + ")");
            }
        }
        if (sections.isEmpty()) {
            throw new ToolInputException("the patch changes no file");
        }
        return sections;
    }

    // Reads hunks until the next section; returns the index after them.
    private static int hunks(List<String> lines, int i, int end, String header, List<Hunk> hunks) {
        while (i < end && !lines.get(i).startsWith("*** ")) {
            String line = lines.get(i);
            String seek = null;
            if (line.startsWith("@@")) {
                seek = line.substring(2).strip();
                i++;
            } else if (!hunks.isEmpty()) {
                throw new ToolInputException("in '" + header + "' a hunk must start with @@, got: " + line);
            }
            List<Line> body = new ArrayList<>();
            boolean atEnd = false;
            for (; i < end; i++) {
                String text = lines.get(i);
                if (text.equals(END_OF_FILE)) {
                    atEnd = true;
                    i++;
                    break;
                }
                if (text.startsWith("@@") || text.startsWith("*** ")) {
                    break;
                }
                char mark = text.isEmpty() ? ' ' : text.charAt(0); // an empty line is empty context
                if (mark != ' ' && mark != '-' && mark != '+') {
                    throw new ToolInputException("in '" + header + "' a hunk line must start with ' ', '-' or '+', got: "
                            + text);
                }
                body.add(new Line(mark, text.isEmpty() ? "" : text.substring(1)));
            }
            if (body.isEmpty()) {
                throw new ToolInputException("in '" + header + "' a hunk is empty");
            }
            hunks.add(new Hunk(seek == null || seek.isEmpty() ? null : seek, body, atEnd));
        }
        return i;
    }

    /**
     * The changes of all sections, in order, reading files through {@code read} (empty: no such file)
     * and seeing earlier sections' results; nothing is written here.
     */
    static List<Change> apply(List<Section> sections, Function<String, Optional<String>> read) {
        Map<String, Optional<String>> state = new LinkedHashMap<>(); // after the sections so far
        Function<String, Optional<String>> current = path -> state.containsKey(path) ? state.get(path) : read.apply(path);
        List<Change> changes = new ArrayList<>();
        for (Section section : sections) {
            String path = WorkspaceFiles.relative(section.path());
            switch (section.kind()) {
                case ADD -> {
                    String content = section.addedLines().isEmpty() ? "" : String.join("\n", section.addedLines()) + "\n";
                    state.put(path, Optional.of(content));
                    changes.add(new Change(Kind.ADD, path, null, content));
                }
                case DELETE -> {
                    if (current.apply(path).isEmpty()) {
                        throw new ToolInputException("cannot delete " + WorkspaceFiles.shown(path) + ": no such file");
                    }
                    state.put(path, Optional.empty());
                    changes.add(new Change(Kind.DELETE, path, null, null));
                }
                case UPDATE -> {
                    String old = current.apply(path).orElseThrow(() -> new ToolInputException(
                            "cannot update " + WorkspaceFiles.shown(path) + ": no such file (use *** Add File)"));
                    String content = update(WorkspaceFiles.shown(path), old, section.hunks());
                    String target = section.moveTo() == null ? path : WorkspaceFiles.relative(section.moveTo());
                    if (!target.equals(path)) {
                        state.put(path, Optional.empty());
                    }
                    state.put(target, Optional.of(content));
                    changes.add(new Change(Kind.UPDATE, target, target.equals(path) ? null : path, content));
                }
            }
        }
        return changes;
    }

    static String update(String shownPath, String content, List<Hunk> hunks) {
        boolean crlf = content.contains("\r\n");
        List<String> lines = new ArrayList<>(NumberedLines.split(content.replace("\r\n", "\n")));
        int cursor = 0;
        for (int h = 0; h < hunks.size(); h++) {
            Hunk hunk = hunks.get(h);
            if (hunk.seek() != null) {
                int at = find(lines, List.of(hunk.seek()), cursor, false);
                if (at < 0) {
                    throw new ToolInputException("hunk " + (h + 1) + " of " + shownPath + ": could not find the line '"
                            + hunk.seek() + "' after @@");
                }
                cursor = at + 1;
            }
            List<Line> body = hunk.lines();
            if (hunk.oldLines().isEmpty()) {
                lines.addAll(hunk.atEnd() || hunk.seek() == null ? lines.size() : cursor, hunk.newLines());
                cursor = lines.size();
                continue;
            }
            int at = find(lines, hunk.oldLines(), cursor, hunk.atEnd());
            if (at < 0 && body.getLast().mark() == ' ' && body.getLast().text().isEmpty()) {
                body = body.subList(0, body.size() - 1); // a trailing blank context line the file does not have
                List<String> shorter = body.stream().filter(line -> line.mark() != '+').map(Line::text).toList();
                at = shorter.isEmpty() ? -1 : find(lines, shorter, cursor, hunk.atEnd());
            }
            if (at < 0) {
                throw new ToolInputException("hunk " + (h + 1) + " of " + shownPath + ": could not find these lines"
                        + " (context and removed lines must match the file):\n" + String.join("\n", hunk.oldLines()));
            }
            // Context keeps the file's own text (the match may have ignored its whitespace).
            List<String> replaced = new ArrayList<>();
            int old = at;
            for (Line line : body) {
                switch (line.mark()) {
                    case ' ' -> replaced.add(lines.get(old++));
                    case '-' -> old++;
                    default -> replaced.add(line.text());
                }
            }
            lines.subList(at, old).clear();
            lines.addAll(at, replaced);
            cursor = at + replaced.size();
        }
        String joined = lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
        return crlf ? joined.replace("\n", "\r\n") : joined;
    }

    // The first index >= from where the sequence matches, exactly, then ignoring trailing, then all surrounding space.
    private static int find(List<String> lines, List<String> sequence, int from, boolean atEnd) {
        List<BiPredicate<String, String>> strictness = List.of(String::equals,
                (a, b) -> a.stripTrailing().equals(b.stripTrailing()), (a, b) -> a.strip().equals(b.strip()));
        for (BiPredicate<String, String> same : strictness) {
            if (atEnd) {
                int start = lines.size() - sequence.size();
                if (start >= from && matches(lines, sequence, start, same)) {
                    return start;
                }
            }
            for (int start = from; start + sequence.size() <= lines.size(); start++) {
                if (matches(lines, sequence, start, same)) {
                    return start;
                }
            }
        }
        return -1;
    }

    private static boolean matches(List<String> lines, List<String> sequence, int start, BiPredicate<String, String> same) {
        for (int k = 0; k < sequence.size(); k++) {
            if (!same.test(lines.get(start + k), sequence.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static String path(String line, String prefix) {
        String path = line.substring(prefix.length()).strip();
        if (path.isEmpty()) {
            throw new ToolInputException("'" + line.strip() + "' names no file");
        }
        return path;
    }

    private static int indexOf(List<String> lines, String marker, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        return -1;
    }
}
