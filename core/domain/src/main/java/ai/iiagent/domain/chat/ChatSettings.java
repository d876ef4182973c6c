package ai.iiagent.domain.chat;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.Map;
import java.util.Set;

/**
 * A chat conversation's advanced mode: what its next turns use unless the message says otherwise.
 * {@code modelId} (null: the message's or the server's default), {@code temperature} (0..2, null:
 * the provider's), {@code reasoningEffort} ({@link #EFFORTS}, null: the provider's), {@code tools}
 * (chat tools switched on or off by name; a tool not named stays on) and {@code systemPrompt}
 * (null: none; at most {@link #MAX_SYSTEM_PROMPT} characters).
 */
public record ChatSettings(String modelId, Double temperature, String reasoningEffort, Map<String, Boolean> tools,
                           String systemPrompt) {

    public static final ErrorCode INVALID = ErrorCode.of("invalid_chat_settings");
    public static final Set<String> EFFORTS = Set.of("minimal", "low", "medium", "high");
    public static final int MAX_SYSTEM_PROMPT = 20_000;
    /** No settings: every default. */
    public static final ChatSettings NONE = new ChatSettings(null, null, null, Map.of(), null);

    public ChatSettings {
        modelId = blankToNull(modelId);
        reasoningEffort = blankToNull(reasoningEffort);
        systemPrompt = blankToNull(systemPrompt);
        tools = tools == null ? Map.of() : Map.copyOf(tools);
        if (temperature != null && (temperature.isNaN() || temperature < 0 || temperature > 2)) {
            throw new ValidationException(INVALID, "temperature must be between 0 and 2");
        }
        if (reasoningEffort != null && !EFFORTS.contains(reasoningEffort)) {
            throw new ValidationException(INVALID, "reasoning_effort must be one of minimal, low, medium, high");
        }
        if (systemPrompt != null && systemPrompt.length() > MAX_SYSTEM_PROMPT) {
            throw new ValidationException(INVALID, "system_prompt must be at most " + MAX_SYSTEM_PROMPT + " characters");
        }
    }

    /** Whether tool {@code name} is on: the message's switch first, then these settings', else on. */
    public boolean toolEnabled(String name, Map<String, Boolean> message) {
        Boolean asked = message.get(name);
        return asked != null ? asked : tools.getOrDefault(name, true);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
