package ai.iiagent.adapter.tools.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.adapter.sandbox.local.BubblewrapSandbox;
import ai.iiagent.adapter.tools.projects.RegisterPortTool;
import ai.iiagent.adapter.sandbox.local.BubblewrapSandboxConfig;
import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.ShellCommand;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolFile;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.Test;

/** The file tools against a real bubblewrap sandbox: what they write is what a shell in the sandbox sees. */
class FileToolsSandboxTest {

    private final Path root = Path.of("/tmp", "ii-agent-file-tools-" + UUID.randomUUID(), "sandboxes");
    private final BubblewrapSandbox sandbox = new BubblewrapSandbox(BubblewrapSandboxConfig.defaults(root));
    private final SessionId session = SessionId.random();
    private final CreditReservation reservation = CreditAccount.open(UserId.random())
            .reserve(Credits.ZERO, 0, BillingSubject.NONE, "file-tools-test", Instant.now()).reservation();

    @AfterEach
    void cleanUp() throws IOException {
        sandbox.destroy(session);
        sandbox.shells().close();
        if (!Files.exists(root.getParent())) {
            return;
        }
        try (Stream<Path> all = Files.walk(root.getParent())) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private ToolOutcome call(AgentTool tool, Map<String, Object> arguments) throws Exception {
        return tool.run(new ToolInvocation(UserId.random(), session, RunId.random(), "call-1", arguments, Map.of(),
                reservation));
    }

    private String shell(String command) {
        return sandbox.run(session, new CommandRequest(command, Duration.ofSeconds(10), 65536), reservation).stdout();
    }

    @Test
    void givenWriteThenEdit_thenTheShellSeesTheEditedFile() throws Exception {
        call(new WriteFileTool(sandbox), Map.of("file_path", "/workspace/app.sh", "content", "echo one\necho two\n"));

        ToolOutcome edited = call(new EditFileTool(sandbox), Map.of("file_path", "app.sh", "old_string", "echo two",
                "new_string", "echo TWO"));
        ToolOutcome refused = call(new EditFileTool(sandbox), Map.of("file_path", "app.sh", "old_string", "echo",
                "new_string", "printf"));

        assertThat(edited.error()).isFalse();
        assertThat(edited.text()).contains("has been updated (1 replacement)").contains("     2\techo TWO");
        assertThat(refused.error()).isTrue();
        assertThat(refused.text()).contains("occurs 2 times");
        assertThat(shell("sh app.sh")).isEqualTo("one\nTWO\n");
    }

    @Test
    void givenAPatch_thenFilesAreAddedUpdatedMovedAndDeletedInTheWorkspace() throws Exception {
        shell("printf 'a\\nb\\n' > keep.txt; printf 'x\\n' > old.txt; printf 'bye\\n' > gone.txt");

        ToolOutcome applied = call(new ApplyPatchTool(sandbox), Map.of("input", String.join("\n",
                "*** Begin Patch", "*** Add File: src/new.txt", "+fresh", "*** Update File: keep.txt", "@@", " a",
                "-b", "+B", "*** Update File: old.txt", "*** Move to: moved/old.txt", "@@", "-x", "+y",
                "*** Delete File: gone.txt", "*** End Patch")));
        ToolOutcome bad = call(new ApplyPatchTool(sandbox), Map.of("input", String.join("\n", "*** Begin Patch",
                "*** Add File: never.txt", "+no", "*** Update File: keep.txt", "@@", "-nothere", "+z", "*** End Patch")));

        assertThat(applied.error()).as(applied.text()).isFalse();
        assertThat(applied.text()).contains("A src/new.txt", "M keep.txt", "M moved/old.txt (moved from old.txt)",
                "D gone.txt");
        assertThat(shell("cat src/new.txt keep.txt moved/old.txt; ls")).isEqualTo("fresh\na\nB\ny\nkeep.txt\nmoved\nsrc\n");
        assertThat(bad.error()).isTrue();
        assertThat(bad.text()).contains("no file changed");
        assertThat(shell("ls never.txt 2>&1")).contains("No such file");
    }

    @Test
    void givenTheTextEditor_thenCreateViewReplaceInsertAndUndoWorkOnTheWorkspace() throws Exception {
        TextEditorTool editor = new TextEditorTool(sandbox);

        assertThat(call(editor, Map.of("command", "create", "path", "/workspace/notes/todo.md", "file_text",
                "# Todo\n- a\n")).text()).isEqualTo("File created successfully at: /workspace/notes/todo.md");
        assertThat(call(editor, Map.of("command", "str_replace", "path", "/workspace/notes/todo.md", "old_str", "- a",
                "new_str", "- b")).text()).contains("     2\t- b");
        assertThat(call(editor, Map.of("command", "insert", "path", "/workspace/notes/todo.md", "insert_line", 2,
                "new_str", "- c")).error()).isFalse();
        assertThat(shell("cat notes/todo.md")).isEqualTo("# Todo\n- b\n- c\n");
        assertThat(call(editor, Map.of("command", "view", "path", "/workspace")).text())
                .contains("/workspace/notes/", "/workspace/notes/todo.md");
        assertThat(call(editor, Map.of("command", "view", "path", "/workspace/notes/todo.md", "view_range",
                List.of(2, 2))).text()).endsWith("     2\t- b\n");

        assertThat(call(editor, Map.of("command", "undo_edit", "path", "/workspace/notes/todo.md")).text())
                .contains("undone successfully");
        assertThat(shell("cat notes/todo.md")).isEqualTo("# Todo\n- b\n");
        call(editor, Map.of("command", "undo_edit", "path", "/workspace/notes/todo.md"));
        call(editor, Map.of("command", "undo_edit", "path", "/workspace/notes/todo.md"));
        assertThat(shell("ls notes")).as("undoing the create removes the file").isEmpty();
        ToolOutcome none = call(editor, Map.of("command", "undo_edit", "path", "/workspace/notes/todo.md"));
        assertThat(none.error()).isTrue();
        assertThat(none.text()).contains("No edit history");
        assertThat(call(editor, Map.of("command", "view", "path", "/etc/passwd")).text())
                .contains("outside your workspace");
    }

    @Test
    void givenFilesToSend_thenTheToolHandsThemOverWithTypes_andRefusesMissingOnes() throws Exception {
        shell("mkdir out; printf 'a,b\\n1,2\\n' > out/data.csv; printf '\\x00\\x01binary' > blob");
        SendUserFilesTool send = new SendUserFilesTool(sandbox);

        ToolOutcome sent = call(send, Map.of("attachments", List.of("/workspace/out/data.csv", "blob"),
                "message", "Here you go"));
        ToolOutcome missing = call(send, Map.of("attachments", List.of("nope.txt")));

        assertThat(sent.error()).isFalse();
        assertThat(sent.files()).extracting(ToolFile::path, ToolFile::name, ToolFile::contentType).containsExactly(
                org.assertj.core.groups.Tuple.tuple("out/data.csv", "data.csv", "text/csv"),
                org.assertj.core.groups.Tuple.tuple("blob", "blob", "application/octet-stream"));
        assertThat(new String(sent.files().get(0).content(), StandardCharsets.UTF_8)).isEqualTo("a,b\n1,2\n");
        assertThat(missing.error()).isTrue();
        assertThat(missing.files()).isEmpty();
        assertThat(SendUserFilesTool.contentType("README", "plain words".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("text/plain");
    }

    @Test
    void givenRegisterPort_whenNothingListens_thenItSaysSo_andOnceAServerRunsItAnswersThePreviewUrl() throws Exception {
        RegisterPortTool.Previews previews = (owner, sessionId, port) -> {
            sandbox.previews().relay(sessionId, port); // the real relay: refuses when nothing listens
            return URI.create("http://p" + port + "-label.preview.localhost:8081/");
        };
        RegisterPortTool tool = new RegisterPortTool(previews);

        ToolOutcome missing = call(tool, Map.of("port", 8000));
        sandbox.shells().run(session, new ShellCommand("web", "python3 -m http.server 8000 --bind 127.0.0.1 > /tmp/w.log 2>&1 &",
                Duration.ofSeconds(10), true), reservation);
        ToolOutcome exposed = null;
        for (int i = 0; i < 50 && (exposed == null || exposed.error()); i++) {
            Thread.sleep(100);
            exposed = call(tool, Map.of("port", 8000));
        }

        assertThat(missing.error()).isTrue();
        assertThat(missing.text()).contains("cannot be previewed").contains("nothing in the sandbox listens on port 8000");
        assertThat(missing.display()).containsEntry("exposed", false).containsEntry("reason", "preview_not_listening");
        assertThat(exposed.error()).isFalse();
        assertThat(exposed.display()).containsEntry("exposed", true)
                .containsEntry("url", "http://p8000-label.preview.localhost:8081/");
        assertThat(exposed.text()).doesNotContain("grant");
        assertThat(call(tool, Map.of("port", 0)).error()).isTrue();
        assertThat(call(tool, Map.of("port", 1.5)).error()).isTrue();
        sandbox.previews().close(session);
    }
}
