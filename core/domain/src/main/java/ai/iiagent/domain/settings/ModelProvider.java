package ai.iiagent.domain.settings;

import java.util.Arrays;
import java.util.Locale;

/** Who serves a model. {@link #OFFLINE} is the built-in scripted model and cannot be added by users. */
public enum ModelProvider {
    OPENAI("openai"),
    ANTHROPIC("anthropic"),
    GEMINI("gemini"),
    OPENAI_COMPATIBLE("openai_compatible"),
    OFFLINE("offline");

    private final String code;

    ModelProvider(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ModelProvider parse(String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(provider -> provider.code.equals(wanted)).findFirst()
                .orElseThrow(() -> new SettingsValidationException("invalid_model_provider",
                        "provider must be one of openai, anthropic, gemini, openai_compatible; got '" + value + "'"));
    }

    /** A provider users may configure with their own key. */
    public static ModelProvider parseUserSelectable(String value) {
        ModelProvider provider = parse(value);
        if (provider == OFFLINE) {
            throw new SettingsValidationException("invalid_model_provider", "the offline model is built in");
        }
        return provider;
    }
}
