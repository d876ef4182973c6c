package ai.iiagent.adapter.integrations.cli;

import ai.iiagent.domain.integrations.CodingCli;
import ai.iiagent.domain.integrations.CodingCliCredentials;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How each CLI is started non-interactively inside the sandbox: the bash program (fixed text; the
 * task, model and secrets arrive as variables, never spliced into it) and the variables it gets.
 * Both CLIs keep their own state in the process's private {@code /tmp} ({@code HOME}, {@code CODEX_HOME}),
 * not in the workspace the agent's other tools can read.
 */
public final class CliScripts {

    private static final String CODEX = """
            umask 077; export HOME=/tmp/home CODEX_HOME=/tmp/codex-home; mkdir -p "$HOME" "$CODEX_HOME"
            if [ -n "${II_CODEX_AUTH_JSON:-}" ]; then printf '%s' "$II_CODEX_AUTH_JSON" > "$CODEX_HOME/auth.json"; fi
            unset II_CODEX_AUTH_JSON; task=$II_TASK; unset II_TASK
            args=(exec --json --skip-git-repo-check --dangerously-bypass-approvals-and-sandbox -C /workspace)
            if [ -n "${II_MODEL:-}" ]; then args+=(-m "$II_MODEL"); fi
            if [ -n "${II_EFFORT:-}" ]; then args+=(-c "model_reasoning_effort=\\"$II_EFFORT\\""); fi
            if [ "${II_SEARCH:-}" = 1 ]; then args+=(-c tools.web_search=true); fi
            unset II_MODEL II_EFFORT II_SEARCH
            exec "$0" "${args[@]}" -- "$task" < /dev/null
            """;

    private static final String CLAUDE = """
            umask 077; export HOME=/tmp/home; mkdir -p "$HOME"
            task=$II_TASK; unset II_TASK
            args=(-p --output-format stream-json --verbose --dangerously-skip-permissions)
            if [ -n "${II_MODEL:-}" ]; then args+=(--model "$II_MODEL"); fi
            unset II_MODEL
            exec "$0" "${args[@]}" "$task" < /dev/null
            """;

    private CliScripts() {
    }

    /** The bash program; {@code binary} (the CLI's path inside the sandbox) is passed as {@code $0}. */
    public static String script(CodingCli cli, String binary) {
        return "set -u; " + (cli == CodingCli.CODEX ? CODEX : CLAUDE).replace("\"$0\"", "'" + binary.replace("'", "") + "'");
    }

    /** The variables of one run: the task, the CLI's settings and its credentials. */
    public static Map<String, String> environment(CodingCli cli, String task, CodingCliCredentials credentials,
                                                  String openAiBase, String anthropicBase) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("II_TASK", task);
        if (credentials.model() != null) {
            env.put("II_MODEL", credentials.model());
        }
        switch (cli) {
            case CODEX -> {
                if (credentials.kind() == CodingCliCredentials.Kind.AUTH_JSON) {
                    env.put("II_CODEX_AUTH_JSON", credentials.secret());
                } else {
                    env.put("OPENAI_API_KEY", credentials.secret());
                    env.put("CODEX_API_KEY", credentials.secret());
                }
                if (credentials.reasoningEffort() != null) {
                    env.put("II_EFFORT", credentials.reasoningEffort());
                }
                env.put("II_SEARCH", credentials.webSearch() ? "1" : "0");
                if (openAiBase != null && !openAiBase.isBlank()) {
                    env.put("OPENAI_BASE_URL", openAiBase);
                }
            }
            case CLAUDE_CODE -> {
                env.put(credentials.kind() == CodingCliCredentials.Kind.API_KEY ? "ANTHROPIC_API_KEY" : "CLAUDE_CODE_OAUTH_TOKEN",
                        credentials.secret());
                env.put("DISABLE_AUTOUPDATER", "1");
                env.put("CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "1");
                if (anthropicBase != null && !anthropicBase.isBlank()) {
                    env.put("ANTHROPIC_BASE_URL", anthropicBase);
                }
            }
        }
        return env;
    }
}
