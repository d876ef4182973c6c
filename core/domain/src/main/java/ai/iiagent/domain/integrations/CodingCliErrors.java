package ai.iiagent.domain.integrations;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ValidationException;
import java.util.List;

/** Error codes of the Codex / Claude Code credentials, the reasoning efforts Codex takes, and their limits. */
public final class CodingCliErrors {

    /** A Codex credentials request without exactly one of an API key and auth.json, or with a malformed value. */
    public static final String INVALID_CREDENTIALS = "invalid_coding_cli_credentials";
    /** The caller has stored no credentials for this CLI. */
    public static final String NOT_CONFIGURED = "coding_cli_not_configured";

    /** Codex's {@code model_reasoning_effort} values. */
    public static final List<String> REASONING_EFFORTS = List.of("minimal", "low", "medium", "high");
    /** The longest API key, model name or auth.json accepted. */
    public static final int MAX_KEY_CHARS = 512;
    public static final int MAX_AUTH_JSON_CHARS = 32_768;
    public static final int MAX_MODEL_CHARS = 128;

    private CodingCliErrors() {
    }

    public static ValidationException invalid(String message) {
        return new ValidationException(ErrorCode.of(INVALID_CREDENTIALS), message);
    }

    public static NotFoundException notConfigured(CodingCli cli) {
        return new NotFoundException(ErrorCode.of(NOT_CONFIGURED), cli.displayName() + " credentials are not set");
    }
}
