package ai.iiagent.port.in.agents;

import java.util.Objects;

/** The prompt as sent, the model's clearer version of it, and why it changed (empty when the model said nothing). */
public record RewrittenPrompt(String original, String enhanced, String reasoning) {

    public RewrittenPrompt {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(enhanced, "enhanced");
        reasoning = reasoning == null ? "" : reasoning;
    }
}
