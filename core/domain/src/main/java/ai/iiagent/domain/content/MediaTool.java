package ai.iiagent.domain.content;

import java.util.Objects;

/**
 * One of the media mini-tools the product offers (generate an image, a video, a voice-over, ...):
 * what it makes, the agent or chat tool behind it, and whether this server has it yet (when not,
 * {@code unavailableReason} says why).
 */
public record MediaTool(String id, String name, MediaCategory type, String description, String toolName,
                        boolean available, String unavailableReason) {

    public MediaTool {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(toolName, "toolName");
        if (available == (unavailableReason != null)) {
            throw new IllegalArgumentException("an unavailable tool, and only one, says why");
        }
    }
}
