package ai.iiagent.adapter.tools.sandbox;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.CommandResult;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Glob {pattern, path?, offset?, limit?}}: the workspace's files whose path (relative to
 * {@code path}) matches a glob such as {@code **}{@code /*.py} or {@code src/*.{ts,tsx}}, newest first,
 * at most {@code limit} (100 by default) from {@code offset}. The sandbox lists the files
 * ({@code find}, {@code .git} pruned, at most {@value #MAX_SCANNED} looked at); the glob is matched
 * here with the JDK's glob syntax, where a leading {@code **}{@code /} also matches the top level.
 */
public final class GlobTool implements AgentTool {

    static final int MAX_SCANNED = 100_000;
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);
    private static final ToolSpec SPEC = new ToolSpec("Glob",
            "Find files in your workspace by name pattern, e.g. **/*.py or src/**/*.{ts,tsx}. Newest first.",
            Map.of("type", "object", "required", List.of("pattern"), "properties", Map.of(
                    "pattern", Map.of("type", "string", "description", "the glob, relative to path"),
                    "path", Map.of("type", "string", "description", "directory to search under /workspace (default: all of it)"),
                    "offset", Map.of("type", "integer", "description", "skip this many files (paging)"),
                    "limit", Map.of("type", "integer", "description",
                            "at most this many files (default " + DEFAULT_LIMIT + ", at most " + MAX_LIMIT + ")"))));

    private final SandboxWorkspacePort sandbox;

    public GlobTool(SandboxWorkspacePort sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO;
    }

    @Override
    public Duration timeout() {
        return COMMAND_TIMEOUT.plusSeconds(15);
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        Map<String, Object> arguments = invocation.arguments();
        if (!(arguments.get("pattern") instanceof String pattern) || pattern.isBlank()) {
            return ToolOutcome.failed("pattern must be a non-empty glob such as **/*.py");
        }
        String directory;
        int offset;
        int limit;
        List<PathMatcher> matchers;
        try {
            directory = WorkspaceSearch.directory(arguments);
            offset = WorkspaceSearch.intArgument(arguments, "offset", 0, 0, MAX_SCANNED);
            limit = WorkspaceSearch.intArgument(arguments, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
            matchers = matchers(pattern.strip());
        } catch (ToolInputException e) {
            return ToolOutcome.failed(e.getMessage());
        }
        String quotedDir = WorkspaceSearch.quoted(directory);
        CommandResult result = sandbox.run(invocation.sessionId(), new CommandRequest("cd /workspace || exit 4; [ -d "
                + quotedDir + " ] || exit 3; find " + quotedDir + " -mindepth 1 " + WorkspaceSearch.PRUNED
                + " -type f -printf '%T@\\t%P\\0' 2>/dev/null | head -z -n " + MAX_SCANNED + "; exit 0", COMMAND_TIMEOUT,
                32 * 1024 * 1024), invocation.reservation());
        String shownDir = WorkspaceFiles.shown(directory.equals(".") ? "" : directory);
        if (result.timedOut()) {
            return ToolOutcome.failed("Glob did not finish within " + COMMAND_TIMEOUT.toSeconds() + " s; narrow the path");
        }
        if (result.exitCode() == 3) {
            return ToolOutcome.failed("no such directory: " + shownDir);
        }
        if (result.exitCode() != 0) {
            return ToolOutcome.failed("Glob failed: " + result.stderr().strip());
        }
        List<Found> found = new ArrayList<>();
        for (String entry : result.stdout().split("\0")) {
            int tab = entry.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String relative = entry.substring(tab + 1);
            if (matches(matchers, relative)) {
                found.add(new Found(relative, seconds(entry.substring(0, tab))));
            }
        }
        found.sort(Comparator.comparingDouble(Found::modified).reversed().thenComparing(Found::path));
        boolean more = found.size() > offset + limit;
        List<Found> page = found.subList(Math.min(offset, found.size()), Math.min(found.size(), offset + limit));
        String prefix = directory.equals(".") ? "" : directory + "/";
        List<String> paths = page.stream().map(file -> WorkspaceFiles.shown(prefix + file.path())).toList();
        String text = paths.isEmpty() ? "No files match " + pattern.strip() + " in " + shownDir + "."
                : found.size() + " files match " + pattern.strip() + " in " + shownDir
                + WorkspaceSearch.pageNote(offset, page.size(), more, "files") + ", newest first:\n"
                + String.join("\n", paths);
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("pattern", pattern.strip());
        display.put("path", shownDir);
        display.put("total", found.size());
        display.put("offset", offset);
        display.put("more", more);
        display.put("files", paths);
        return new ToolOutcome(text, display, false);
    }

    private record Found(String path, double modified) {
    }

    /** The glob, and without a leading **&#47; too, so {@code **}{@code /*.py} also finds {@code a.py} at the top. */
    private static List<PathMatcher> matchers(String pattern) {
        String glob = pattern.startsWith("/workspace/") ? pattern.substring("/workspace/".length()) : pattern;
        glob = glob.startsWith("./") ? glob.substring(2) : glob;
        List<PathMatcher> matchers = new ArrayList<>();
        try {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            if (glob.startsWith("**/")) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
            }
        } catch (IllegalArgumentException e) { // PatternSyntaxException included
            throw new ToolInputException("invalid glob " + pattern + ": " + e.getMessage());
        }
        return matchers;
    }

    private static boolean matches(List<PathMatcher> matchers, String relative) {
        try {
            Path path = Path.of(relative);
            return matchers.stream().anyMatch(matcher -> matcher.matches(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static double seconds(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
