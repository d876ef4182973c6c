package ai.iiagent.adapter.tools.sandbox;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.CommandResult;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Grep {pattern, path?, include?, case_insensitive?, offset?, limit?}}: the workspace's lines
 * matching an extended regular expression, run inside the sandbox ({@code find | grep -E}, binary
 * files skipped, {@code .git} pruned), files in path order, grouped by file, at most {@code limit}
 * matches (100 by default) from {@code offset}, lines cut at {@value #MAX_LINE_CHARS} characters.
 */
public final class GrepTool implements AgentTool {

    static final int MAX_LINE_CHARS = 2000;
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 500;
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);
    private static final ToolSpec SPEC = new ToolSpec("Grep",
            "Search file contents in your workspace with a regular expression (extended syntax as grep -E; \\w and"
                    + " \\s work, write digits as [0-9]). Returns matching lines with file paths and line numbers.",
            Map.of("type", "object", "required", List.of("pattern"), "properties", Map.ofEntries(
                    Map.entry("pattern", Map.of("type", "string", "description", "the regular expression")),
                    Map.entry("path", Map.of("type", "string", "description",
                            "directory or file to search, under /workspace (default: the whole workspace)")),
                    Map.entry("include", Map.of("type", "string", "description",
                            "only files whose name matches this glob, e.g. *.py or *.{ts,tsx}")),
                    Map.entry("case_insensitive", Map.of("type", "boolean", "description", "ignore case (default false)")),
                    Map.entry("offset", Map.of("type", "integer", "description", "skip this many matches (paging)")),
                    Map.entry("limit", Map.of("type", "integer", "description",
                            "at most this many matches (default " + DEFAULT_LIMIT + ", at most " + MAX_LIMIT + ")")))));

    private final SandboxWorkspacePort sandbox;

    public GrepTool(SandboxWorkspacePort sandbox) {
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
        return COMMAND_TIMEOUT.plusSeconds(15); // the command's own limit fires first; the call may start a sandbox
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        Map<String, Object> arguments = invocation.arguments();
        if (!(arguments.get("pattern") instanceof String pattern) || pattern.isEmpty()) {
            return ToolOutcome.failed("pattern must be a non-empty regular expression");
        }
        String directory;
        String include;
        int offset;
        int limit;
        try {
            directory = WorkspaceSearch.directory(arguments);
            include = WorkspaceSearch.includeTest(arguments.get("include"));
            offset = WorkspaceSearch.intArgument(arguments, "offset", 0, 0, 1_000_000);
            limit = WorkspaceSearch.intArgument(arguments, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        } catch (ToolInputException e) {
            return ToolOutcome.failed(e.getMessage());
        }
        boolean ignoreCase = Boolean.TRUE.equals(arguments.get("case_insensitive"));
        int wanted = offset + limit + 1; // one more than shown tells whether there is a next page
        CommandResult result = sandbox.run(invocation.sessionId(), new CommandRequest(command(pattern, directory,
                include, ignoreCase, wanted), COMMAND_TIMEOUT, Math.min(64 * 1024 * 1024, wanted * (MAX_LINE_CHARS + 300))),
                invocation.reservation());
        String shownDir = WorkspaceFiles.shown(directory.equals(".") ? "" : directory);
        if (result.timedOut()) {
            return ToolOutcome.failed("Grep did not finish within " + COMMAND_TIMEOUT.toSeconds()
                    + " s; narrow it with path or include");
        }
        if (result.exitCode() == 3) {
            return ToolOutcome.failed("no such file or directory: " + shownDir);
        }
        if (result.exitCode() != 0) {
            return ToolOutcome.failed("invalid pattern: " + result.stderr().strip());
        }
        List<Match> matches = parse(result.stdout());
        boolean more = matches.size() > offset + limit;
        List<Match> page = matches.subList(Math.min(offset, matches.size()), Math.min(matches.size(), offset + limit));
        return new ToolOutcome(text(pattern, shownDir, page, offset, more), display(pattern, shownDir, page, offset, more),
                false);
    }

    private static String command(String pattern, String directory, String include, boolean ignoreCase, int wanted) {
        String quotedPattern = WorkspaceSearch.quoted(pattern);
        String flags = "-nHZI -E" + (ignoreCase ? " -i" : "");
        // A bad pattern is reported as such (grep exits 2), not as "no matches".
        return "cd /workspace || exit 4; err=$(grep -E -e " + quotedPattern + " -- /dev/null 2>&1); if [ $? -eq 2 ]; then"
                + " echo \"$err\" >&2; exit 2; fi; [ -e " + WorkspaceSearch.quoted(directory) + " ] || exit 3; find "
                + WorkspaceSearch.quoted(directory) + " " + WorkspaceSearch.PRUNED + " -type f "
                + (include.isEmpty() ? "" : include + " ") + "-print0 2>/dev/null | LC_ALL=C sort -z | xargs -0 -r grep "
                + flags + " -e " + quotedPattern + " -- 2>/dev/null | head -n " + wanted + " | cut -c1-"
                + (MAX_LINE_CHARS + 256) + "; exit 0";
    }

    record Match(String path, int line, String text) {
    }

    /** {@code path\0line:text} lines ({@code grep -Z}), so a colon in a file name cannot confuse them. */
    static List<Match> parse(String stdout) {
        List<Match> matches = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            int nul = line.indexOf('\0');
            int colon = nul < 0 ? -1 : line.indexOf(':', nul);
            if (nul < 0 || colon < 0) {
                continue;
            }
            String path = line.substring(0, nul);
            path = path.startsWith("./") ? path.substring(2) : path;
            int number;
            try {
                number = Integer.parseInt(line.substring(nul + 1, colon));
            } catch (NumberFormatException e) {
                continue;
            }
            String text = line.substring(colon + 1);
            if (text.length() > MAX_LINE_CHARS) {
                text = text.substring(0, MAX_LINE_CHARS) + " [line cut]";
            }
            matches.add(new Match(path, number, text));
        }
        return matches;
    }

    private static String text(String pattern, String shownDir, List<Match> page, int offset, boolean more) {
        if (page.isEmpty()) {
            return offset > 0 ? "No matches after the first " + offset + " for /" + pattern + "/ in " + shownDir + "."
                    : "No matches for /" + pattern + "/ in " + shownDir + ".";
        }
        StringBuilder text = new StringBuilder("Matches for /").append(pattern).append("/ in ").append(shownDir)
                .append(WorkspaceSearch.pageNote(offset, page.size(), more, "matches")).append(':');
        String file = null;
        for (Match match : page) {
            if (!match.path().equals(file)) {
                file = match.path();
                text.append("\n").append(WorkspaceFiles.shown(file));
            }
            text.append("\n  ").append(match.line()).append(": ").append(match.text());
        }
        return text.toString();
    }

    private static Map<String, Object> display(String pattern, String shownDir, List<Match> page, int offset,
                                               boolean more) {
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("pattern", pattern);
        display.put("path", shownDir);
        display.put("offset", offset);
        display.put("more", more);
        display.put("matches", page.stream().map(match -> Map.<String, Object>of("file", WorkspaceFiles.shown(match.path()),
                "line", match.line(), "text", match.text())).toList());
        return display;
    }
}
