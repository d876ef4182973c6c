package ai.iiagent.domain.agents;

import java.util.Objects;

/** The answer to one {@link ToolCall}, by call id: the text the model reads next and whether the call failed. */
public record ToolResult(String callId, String toolName, String text, boolean error) {

    public ToolResult {
        Objects.requireNonNull(callId, "callId");
        text = text == null ? "" : text;
    }
}
