package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.ImagePart;
import java.util.List;

/**
 * What a query's attachments add to the user's message: text for the model (where each file went,
 * extracted document text, notes) and images for a vision model.
 */
public record AttachedInput(String text, List<ImagePart> images) {

    public static final AttachedInput NONE = new AttachedInput("", List.of());

    public AttachedInput {
        text = text == null ? "" : text;
        images = List.copyOf(images);
    }

    /** The user's text followed by what the attachments add. */
    public String appendedTo(String prompt) {
        return text.isEmpty() ? prompt : prompt + "\n\n" + text;
    }
}
