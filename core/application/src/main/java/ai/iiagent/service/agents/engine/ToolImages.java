package ai.iiagent.service.agents.engine;

import ai.iiagent.domain.agents.ImagePart;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.Role;
import ai.iiagent.port.out.llm.ResolvedModel;
import java.util.List;

/**
 * Images a tool returned ({@code Read} on a picture): kept on the tool result for a vision model;
 * for any other model a note in the result's text instead, so it neither receives what its provider
 * would refuse nor guesses at a picture it never saw.
 */
final class ToolImages {

    private ToolImages() {
    }

    static Message forModel(Message result, List<ImagePart> images, ResolvedModel model) {
        if (images.isEmpty()) {
            return result;
        }
        if (model.vision()) {
            return result.withImages(images);
        }
        String names = String.join(", ", images.stream().map(ImagePart::name).toList());
        String note = "\n[Not shown: " + names + (images.size() == 1 ? " is an image" : " are images")
                + ", and the model in use (" + model.displayName() + ") cannot view images. Do not guess"
                + " what it shows; describe it only from other sources (its name, text around it, tools).]";
        return new Message(Role.TOOL, result.text() + note, null, List.of(), result.toolCallId(), result.toolName(),
                result.toolError());
    }
}
