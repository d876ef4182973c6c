package ai.iiagent.service.integrations;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.integrations.CodexCredential;
import ai.iiagent.domain.integrations.CodingCli;
import ai.iiagent.domain.integrations.CodingCliCredentials;
import ai.iiagent.domain.integrations.CodingCliWire;
import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.integrations.CodexCredentialRepository;
import ai.iiagent.port.out.integrations.CodingCliPort;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.port.out.tools.ToolPolicy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code codex} and {@code claude_code} tools: hand a task to that CLI in the session's sandbox,
 * on the user's own credentials (Codex: the stored API key or auth.json; Claude Code: the connected
 * Claude account's token, refreshed before use). The CLI edits the workspace itself; the model gets
 * its final answer. The model provider bills the user directly, so the tool costs no credits.
 */
public final class CodingCliTool implements AgentTool {

    /** How long one task may run. */
    static final Duration TIMEOUT = Duration.ofMinutes(15);
    private static final int MAX_TASK_CHARS = 20_000;
    private static final String TASK = "task";

    private final CodingCli cli;
    private final CodingCliPort runner;
    private final CodexCredentialRepository codex;
    private final ConnectorTokenAccess tokens;
    private final SecretCipherPort cipher;

    public CodingCliTool(CodingCli cli, CodingCliPort runner, CodexCredentialRepository codex, ConnectorTokenAccess tokens,
                         SecretCipherPort cipher) {
        this.cli = cli;
        this.runner = runner;
        this.codex = codex;
        this.tokens = tokens;
        this.cipher = cipher;
    }

    @Override
    public ToolSpec spec() {
        return new ToolSpec(cli.wireName(), "Hand a coding task to the " + cli.displayName() + " CLI, which works in the"
                + " session's /workspace (reads, edits and runs code there) and answers with a summary of what it did.",
                Map.of("type", "object", "properties", Map.of(TASK, Map.of("type", "string",
                        "description", "What to do, with everything the CLI needs to know")), "required", List.of(TASK)));
    }

    @Override
    public ToolPolicy policy() {
        return ToolPolicy.REQUIRES_CONFIRMATION; // it runs commands in the sandbox, like Bash
    }

    @Override
    public Duration timeout() {
        return TIMEOUT.plusMinutes(1);
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO; // the CLI's model calls are billed to the user's own OpenAI / Anthropic account
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        Object task = invocation.arguments().get(TASK);
        if (task == null || String.valueOf(task).isBlank() || String.valueOf(task).length() > MAX_TASK_CHARS) {
            return ToolOutcome.failed("task is required (at most " + MAX_TASK_CHARS + " characters)");
        }
        Optional<CodingCliCredentials> credentials;
        try {
            credentials = credentials(invocation.userId());
        } catch (DomainException e) {
            return ToolOutcome.failed(cli.displayName() + " credentials cannot be used: " + e.getMessage());
        }
        if (credentials.isEmpty()) {
            return ToolOutcome.failed("The user has not set up " + cli.displayName() + " yet: ask them to add their "
                    + (cli == CodingCli.CODEX ? "OpenAI API key or Codex auth.json" : "Claude account")
                    + " in Settings (" + cli.displayName() + ") and try again.");
        }
        try {
            CodingCliPort.CodingCliResult result = runner.run(invocation.sessionId(), cli, String.valueOf(task).strip(),
                    credentials.get(), TIMEOUT, invocation.reservation());
            Map<String, Object> display = new LinkedHashMap<>();
            String secret = credentials.get().secret();
            String transcript = masked(result.transcript(), secret);
            String answer = masked(result.finalMessage().isBlank() ? result.transcript() : result.finalMessage(), secret);
            display.put(CodingCliWire.CLI, cli.wireName());
            display.put(CodingCliWire.ANSWER, answer);
            display.put(CodingCliWire.EXIT_CODE, result.exitCode());
            display.put(CodingCliWire.TIMED_OUT, result.timedOut());
            display.put(CodingCliWire.TRANSCRIPT, transcript);
            boolean failed = result.timedOut() || result.exitCode() != 0;
            String text = (failed ? cli.displayName() + (result.timedOut() ? " was stopped at the time limit"
                    : " exited with code " + result.exitCode()) + ". Its output:\n" : "") + answer;
            return new ToolOutcome(text, display, failed);
        } catch (DomainException e) {
            return ToolOutcome.failed(cli.displayName() + " could not run: " + e.getMessage());
        }
    }

    // a CLI that echoes its credentials (an error message quoting the key) must not hand them to the model or the UI
    private static String masked(String text, String secret) {
        return secret.length() < 8 ? text : text.replace(secret, "***");
    }

    private Optional<CodingCliCredentials> credentials(UserId user) {
        return switch (cli) {
            case CODEX -> codex.find(user).map(this::open);
            case CLAUDE_CODE -> tokens.find(user, ConnectorProvider.CLAUDE_CODE).map(token ->
                    new CodingCliCredentials(CodingCliCredentials.Kind.OAUTH_TOKEN, token, null, null, false));
        };
    }

    private CodingCliCredentials open(CodexCredential stored) {
        return new CodingCliCredentials(stored.kind(), cipher.decryptText(stored.secret()), stored.model(),
                stored.reasoningEffort(), stored.webSearch());
    }
}
