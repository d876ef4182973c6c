package ai.iiagent.adapter.tools.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.adapter.sandbox.local.BubblewrapSandbox;
import ai.iiagent.adapter.sandbox.local.BubblewrapSandboxConfig;
import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Grep and Glob run inside a real bubblewrap sandbox over files a shell there wrote. */
class GrepGlobSandboxTest {

    private final Path root = Path.of("/tmp", "ii-agent-grep-glob-" + UUID.randomUUID(), "sandboxes");
    private final BubblewrapSandbox sandbox = new BubblewrapSandbox(BubblewrapSandboxConfig.defaults(root));
    private final SessionId session = SessionId.random();
    private final CreditReservation reservation = CreditAccount.open(UserId.random())
            .reserve(Credits.ZERO, 0, BillingSubject.NONE, "grep-glob-test", Instant.now()).reservation();

    @BeforeEach
    void files() {
        shell("mkdir -p src/app src/lib docs .git 'odd: dir' && printf 'class App {\\n  // TODO wire it\\n}\\n' > src/app/App.java"
                + " && printf 'todo: lower case\\nnothing here\\n' > docs/notes.md"
                + " && printf 'export const x = 1; // TODO\\n' > src/lib/x.ts && printf 'TODO in tsx\\n' > src/lib/y.tsx"
                + " && printf 'TODO secret\\n' > .git/config && printf 'TODO colon\\n' > 'odd: dir/a:b.txt'"
                + " && printf '\\000\\001TODO binary' > src/blob.bin && touch -d '2020-01-01' src/app/App.java");
    }

    @AfterEach
    void cleanUp() throws IOException {
        sandbox.destroy(session);
        sandbox.shells().close();
        if (Files.exists(root.getParent())) {
            try (Stream<Path> all = Files.walk(root.getParent())) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void givenAPattern_thenMatchesAreGroupedByFileInPathOrder_skippingGitAndBinaries() {
        ToolOutcome outcome = call(new GrepTool(sandbox), Map.of("pattern", "TODO"));

        assertThat(outcome.error()).isFalse();
        assertThat(outcome.text()).isEqualTo("""
                Matches for /TODO/ in /workspace (showing matches 1-4):
                /workspace/odd: dir/a:b.txt
                  1: TODO colon
                /workspace/src/app/App.java
                  2:   // TODO wire it
                /workspace/src/lib/x.ts
                  1: export const x = 1; // TODO
                /workspace/src/lib/y.tsx
                  1: TODO in tsx""");
        assertThat((List<?>) outcome.display().get("matches")).hasSize(4);
    }

    @Test
    void givenIncludePathCaseAndPaging_thenTheyNarrowAndPage() {
        GrepTool grep = new GrepTool(sandbox);

        ToolOutcome ts = call(grep, Map.of("pattern", "TODO", "include", "*.{ts,tsx}", "path", "/workspace/src"));
        ToolOutcome caseless = call(grep, Map.of("pattern", "^todo", "case_insensitive", true, "path", "docs"));
        ToolOutcome first = call(grep, Map.of("pattern", "TODO", "limit", 2));
        ToolOutcome second = call(grep, Map.of("pattern", "TODO", "limit", 2, "offset", 2));

        assertThat(ts.text()).contains("/workspace/src/lib/x.ts", "/workspace/src/lib/y.tsx").doesNotContain("App.java");
        assertThat(caseless.text()).contains("/workspace/docs/notes.md\n  1: todo: lower case");
        assertThat(first.text()).startsWith("Matches for /TODO/ in /workspace (showing matches 1-2); more: call again"
                + " with offset=2:").contains("a:b.txt", "App.java").doesNotContain("x.ts");
        assertThat(second.text()).contains("x.ts", "y.tsx").doesNotContain("App.java").doesNotContain("more:");
    }

    @Test
    void givenABadPatternOrPath_thenTheModelIsToldWhich() {
        GrepTool grep = new GrepTool(sandbox);

        ToolOutcome badPattern = call(grep, Map.of("pattern", "a(b"));
        ToolOutcome missing = call(grep, Map.of("pattern", "x", "path", "nope"));
        ToolOutcome outside = call(grep, Map.of("pattern", "x", "path", "/etc"));
        ToolOutcome climbing = call(grep, Map.of("pattern", "x", "path", "src/../.."));
        ToolOutcome none = call(grep, Map.of("pattern", "no such words"));

        assertThat(badPattern.error()).isTrue();
        assertThat(badPattern.text()).startsWith("invalid pattern: ");
        assertThat(missing.text()).isEqualTo("no such file or directory: /workspace/nope");
        assertThat(outside.text()).contains("outside your workspace");
        assertThat(climbing.text()).contains("outside your workspace");
        assertThat(none.error()).isFalse();
        assertThat(none.text()).isEqualTo("No matches for /no such words/ in /workspace.");
    }

    @Test
    void givenGlobs_thenMatchingFilesNewestFirst_withDoubleStarReachingTheTop_andPaging() {
        GlobTool glob = new GlobTool(sandbox);

        ToolOutcome java = call(glob, Map.of("pattern", "**/*.java"));
        ToolOutcome scripts = call(glob, Map.of("pattern", "**/*.{ts,tsx}", "path", "src"));
        ToolOutcome top = call(glob, Map.of("pattern", "*.md", "path", "/workspace/docs"));
        ToolOutcome all = call(glob, Map.of("pattern", "**"));
        ToolOutcome paged = call(glob, Map.of("pattern", "**", "limit", 2));
        ToolOutcome none = call(glob, Map.of("pattern", "**/*.rs"));

        assertThat(java.text()).isEqualTo("1 files match **/*.java in /workspace (showing files 1-1), newest first:\n"
                + "/workspace/src/app/App.java");
        assertThat(scripts.text()).contains("/workspace/src/lib/x.ts", "/workspace/src/lib/y.tsx");
        assertThat(top.text()).endsWith("\n/workspace/docs/notes.md");
        assertThat(all.text()).doesNotContain(".git/config");
        assertThat(all.text()).endsWith("/workspace/src/app/App.java"); // the oldest (2020) comes last
        assertThat(all.display()).containsEntry("total", 6);
        assertThat(paged.text()).contains("(showing files 1-2); more: call again with offset=2");
        assertThat(none.text()).isEqualTo("No files match **/*.rs in /workspace.");
        assertThat(call(glob, Map.of("pattern", "*", "path", "missing")).text()).isEqualTo("no such directory: /workspace/missing");
    }

    private ToolOutcome call(AgentTool tool, Map<String, Object> arguments) {
        try {
            return tool.run(new ToolInvocation(UserId.random(), session, RunId.random(), "call-1", arguments, Map.of(),
                    reservation));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String shell(String command) {
        return sandbox.run(session, new CommandRequest(command, Duration.ofSeconds(10), 65536), reservation).stdout();
    }
}
