package ai.iiagent.adapter.tools.sandbox;

import ai.iiagent.domain.sessions.SessionId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Earlier versions of edited files for {@code undo_edit}, per session and path: the last
 * {@value #PER_FILE} versions of at most {@value #FILES} files (least recently edited dropped first).
 * In memory only, so a restart forgets them.
 */
final class EditHistory {

    static final int PER_FILE = 10;
    static final int FILES = 1000;

    /** A file's content before an edit; {@code content} is empty when the file did not exist. */
    record Version(Optional<String> content) {
    }

    private final Map<String, Deque<Version>> versions = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Version>> eldest) {
            return size() > FILES;
        }
    };

    synchronized void remember(SessionId session, String path, Optional<String> before) {
        Deque<Version> stack = versions.computeIfAbsent(key(session, path), k -> new ArrayDeque<>());
        stack.push(new Version(before));
        while (stack.size() > PER_FILE) {
            stack.removeLast();
        }
    }

    /** The version before the last edit, taken off the history. */
    synchronized Optional<Version> takeLast(SessionId session, String path) {
        Deque<Version> stack = versions.get(key(session, path));
        return stack == null || stack.isEmpty() ? Optional.empty() : Optional.of(stack.pop());
    }

    private static String key(SessionId session, String path) {
        return session + "/" + path;
    }
}
