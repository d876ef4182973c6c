package ai.iiagent.port.in.agents;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/**
 * {@code POST /v1/enhance-prompt}: rewrite {@code prompt} into a clearer one, outside any session.
 *
 * @param context what the prompt is about (optional): the model reads it, it is not rewritten
 * @param modelId the model to use, or null for the caller's default
 */
public record RewritePrompt(Identity caller, String prompt, String context, String modelId) {

    /** Longest prompt (and context) taken, in characters: more is refused before any model call. */
    public static final int MAX_CHARS = 20_000;

    public RewritePrompt {
        Objects.requireNonNull(caller, "caller");
        if (prompt == null || prompt.isBlank()) {
            throw new ValidationException(ErrorCode.of("empty_prompt"), "prompt must not be empty");
        }
        if (prompt.length() > MAX_CHARS || (context != null && context.length() > MAX_CHARS)) {
            throw new ValidationException(ErrorCode.of("prompt_too_long"),
                    "prompt and context may have at most " + MAX_CHARS + " characters each");
        }
        context = context == null || context.isBlank() ? null : context;
    }
}
