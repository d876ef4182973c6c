package ai.iiagent.adapter.http.content;

import ai.iiagent.domain.content.DetectedImagePart;
import ai.iiagent.domain.content.ImageArea;
import ai.iiagent.port.in.content.SlideImageComponents;
import ai.iiagent.port.in.content.SlideImageEdit;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON shapes of image-slide editing ({@code /v1/slides/nano-banana/*}, docs/slides.md); field
 * names follow the original's design-mode client.
 */
final class SlideImageWire {

    private SlideImageWire() {
    }

    record DetectRequest(String sessionId, String presentationName, Integer slideNumber, String imageUrl, String provider) {
    }

    record RemoveBackgroundRequest(String sessionId, String presentationName, Integer slideNumber, String imageUrl,
                                   String provider) {
    }

    record Box(Double x, Double y, Double width, Double height) {
        static Box of(ImageArea region) {
            return new Box(region.x(), region.y(), region.width(), region.height());
        }
    }

    record Selection(String type, String componentId, Double spotX, Double spotY, Box box) {
    }

    record Instruction(String id, Selection selection, String instructionType, String newText, String aiPrompt) {
    }

    record DetectedComponent(String designId, Box boundingBox) {
    }

    record RegenerateRequest(String sessionId, String presentationName, Integer slideNumber, String currentImageUrl,
                             List<Instruction> instructions, List<DetectedComponent> detectedComponents, String provider) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Component(String designId, String componentType, String label, String textContent, Box boundingBox, int zIndex,
                     double confidence, Object styles) {
        static Component of(DetectedImagePart component) {
            return new Component(component.id(), component.type(), component.label(), component.text(),
                    Box.of(component.box()), component.zIndex(), component.confidence(), null);
        }
    }

    record DetectResponse(boolean success, List<Component> components, String overlayHtml, int imageWidth, int imageHeight,
                          String model, String provider, boolean offline, BigDecimal cost) {
        static DetectResponse of(SlideImageComponents found) {
            return new DetectResponse(true, found.components().stream().map(Component::of).toList(),
                    SlideImageOverlay.html(found.components()), found.imageWidth(), found.imageHeight(), found.model(),
                    found.provider(), found.offline(), found.cost().value());
        }
    }

    record EditResponse(boolean success, String newImageUrl, int version, SlidesWire.SlideResponse slide, String model,
                        String provider, boolean offline, BigDecimal cost) {
        static EditResponse of(SlideImageEdit edit) {
            return new EditResponse(true, edit.imageUrl(), edit.slide().version(), SlidesWire.SlideResponse.of(edit.slide()),
                    edit.model(), edit.provider(), edit.offline(), edit.cost().value());
        }
    }
}
