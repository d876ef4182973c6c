package ai.iiagent.adapter.tools.shell;

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
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.port.out.tools.ToolPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bash, BashView, BashList and BashWriteToProcess as the model calls them, on real persistent shells. */
class BashToolsTest {

    private final Path root = Path.of("/tmp", "ii-agent-bash-tools-" + UUID.randomUUID(), "sandboxes");
    private final BubblewrapSandbox sandbox = new BubblewrapSandbox(BubblewrapSandboxConfig.defaults(root));
    private final SandboxShellPort shells = sandbox.shells();
    private final SessionId session = SessionId.random();
    private final CreditReservation reservation = CreditAccount.open(UserId.random())
            .reserve(Credits.ZERO, 0, BillingSubject.NONE, "bash-tools-test", Instant.now()).reservation();

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
        return tool.run(new ToolInvocation(UserId.random(), session, RunId.random(), "c", arguments, Map.of(), reservation));
    }

    @Test
    void givenTheReferenceParameters_thenBashRunsInTheNamedSession_andReportsTheExitCode() throws Exception {
        BashTool bash = new BashTool(shells);
        assertThat(bash.policy()).isEqualTo(ToolPolicy.REQUIRES_CONFIRMATION);
        assertThat(bash.spec().parameters().get("required")).isEqualTo(List.of("session_name", "command", "description"));

        call(bash, Map.of("session_name", "dev", "command", "cd /tmp && export A=1", "description", "set up"));
        ToolOutcome second = call(bash, Map.of("session_name", "dev", "command", "echo $PWD $A; false",
                "description", "check"));

        assertThat(second.text()).isEqualTo("/tmp 1\n[exit code 1]");
        assertThat(second.error()).isTrue();
        assertThat(second.display()).containsEntry("session_name", "dev").containsEntry("exit_code", 1)
                .containsEntry("output", "/tmp 1\n").containsEntry("status", "idle");
        ToolOutcome listed = call(new BashListTool(shells), Map.of());
        assertThat(listed.text()).isEqualTo("- dev: idle, cwd /tmp, last exit code 1\n");
    }

    @Test
    void givenHugeOutput_thenTheModelSeesOnlyTheLastCharacters_withinTheRuntimeLimit() throws Exception {
        ToolOutcome big = call(new BashTool(shells), Map.of("session_name", "main", "command",
                "for i in $(seq 1 6000); do echo line-$i; done", "description", "print a lot"));

        assertThat(big.text().length()).isLessThanOrEqualTo(20_000);
        assertThat(big.text()).startsWith("[").contains("earlier characters not shown").contains("line-6000\n")
                .doesNotContain("line-1\n").endsWith("[exit code 0]");
        assertThat(big.display()).containsEntry("truncated", true);
    }

    @Test
    void givenAPromptingCommand_thenBashReturnsWhileItWaits_andBashWriteToProcessAnswersIt() throws Exception {
        ToolOutcome waiting = call(new BashTool(shells), Map.of("session_name", "main", "command",
                "read -p 'Continue? [y/N] ' yes; echo \"answer: $yes\"", "description", "ask", "wait_for_output", false));
        ToolOutcome viewed = call(new BashViewTool(shells), Map.of("session_names", List.of("main", "ghost")));
        ToolOutcome answered = call(new BashWriteToProcessTool(shells), Map.of("session_name", "main", "input", "y"));

        assertThat(waiting.text()).startsWith("Continue? [y/N] ").contains("still running in shell 'main'");
        assertThat(viewed.text()).contains("=== main (running) ===", "$ read -p", "Continue? [y/N]",
                "=== ghost ===", "no shell named 'ghost'");
        assertThat(answered.text()).isEqualTo("answer: y\n[exit code 0]");
    }

    @Test
    void givenATimeout_thenTheCommandIsInterrupted_andTheTextSaysTheShellIsReady() throws Exception {
        ToolOutcome slow = call(new BashTool(shells), Map.of("session_name", "main", "command", "sleep 20",
                "description", "wait", "timeout", 1));

        assertThat(slow.error()).isTrue();
        assertThat(slow.text()).contains("timed out after 1 s", "ready for the next command");
        assertThat(call(new BashTool(shells), Map.of("session_name", "main", "command", "echo ok", "description", "ok"))
                .text()).isEqualTo("ok\n[exit code 0]");
    }
}
