package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.ImagePart;
import java.util.List;
import java.util.Map;

/**
 * What a query's attachments add to the user's message: text for the model (where each file went,
 * extracted document text, notes), images for a vision model, and the files as the UI lists them
 * ({@code session.user_message}'s {@code files}).
 */
record AttachedInput(String text, List<ImagePart> images, List<Map<String, Object>> files) {

    static final AttachedInput NONE = new AttachedInput("", List.of(), List.of());

    AttachedInput {
        text = text == null ? "" : text;
        images = List.copyOf(images);
        files = List.copyOf(files);
    }

    /** The user's text followed by what the attachments add. */
    String appendedTo(String prompt) {
        return text.isEmpty() ? prompt : prompt + "\n\n" + text;
    }
}
