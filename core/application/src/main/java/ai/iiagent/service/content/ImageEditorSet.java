package ai.iiagent.service.content;

import ai.iiagent.port.out.media.ImageEditingPaidToolPort;
import java.util.List;

/** The configured picture editors, the default first (the offline one is always last). */
public record ImageEditorSet(List<ImageEditingPaidToolPort> editors) {

    public ImageEditorSet {
        editors = List.copyOf(editors);
        if (editors.isEmpty()) {
            throw new IllegalArgumentException("at least one image editor");
        }
    }
}
