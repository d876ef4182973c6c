package ai.iiagent.service.content;

import ai.iiagent.domain.content.DetectedImagePart;
import ai.iiagent.domain.content.ImageArea;
import ai.iiagent.domain.content.ImageEditInstruction;
import ai.iiagent.port.out.media.ImageComponent;
import ai.iiagent.port.out.media.ImageEditStep;
import ai.iiagent.port.out.media.ImageRegion;

/** Image-slide edits in the slides' terms and the picture editor's, one into the other. */
final class SlidePictureTerms {

    private SlidePictureTerms() {
    }

    static ImageEditStep step(ImageEditInstruction instruction) {
        ImageEditStep.Kind kind = switch (instruction.kind()) {
            case REPLACE_TEXT -> ImageEditStep.Kind.REPLACE_TEXT;
            case MODIFY -> ImageEditStep.Kind.MODIFY;
            case REMOVE_BACKGROUND -> ImageEditStep.Kind.REMOVE_BACKGROUND;
        };
        ImageArea area = instruction.area();
        return new ImageEditStep(kind, area == null ? null : new ImageRegion(area.x(), area.y(), area.width(),
                area.height()), instruction.text());
    }

    static DetectedImagePart part(ImageComponent component) {
        ImageRegion box = component.box();
        return new DetectedImagePart(component.id(), component.type(), component.label(), component.text(),
                new ImageArea(box.x(), box.y(), box.width(), box.height()), component.zIndex(), component.confidence());
    }
}
