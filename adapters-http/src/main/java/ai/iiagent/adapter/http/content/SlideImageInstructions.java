package ai.iiagent.adapter.http.content;

import ai.iiagent.adapter.http.content.SlideImageWire.Box;
import ai.iiagent.adapter.http.content.SlideImageWire.DetectedComponent;
import ai.iiagent.adapter.http.content.SlideImageWire.Instruction;
import ai.iiagent.adapter.http.content.SlideImageWire.Selection;
import ai.iiagent.domain.content.ImageEditStep;
import ai.iiagent.domain.content.ImageRegion;
import ai.iiagent.domain.content.SlideErrors;
import ai.iiagent.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * The design-mode client's instructions as edit steps: {@code text_edit} (new_text), {@code ai_modify}
 * (ai_prompt) and {@code remove_background}; a selection of {@code type} {@code component} (its box from
 * the {@code detected_components} sent along), {@code spot} (a box of {@link #SPOT} percent around the
 * point) or {@code box}; no selection is the whole picture.
 */
final class SlideImageInstructions {

    static final String TEXT_EDIT = "text_edit";
    static final String AI_MODIFY = "ai_modify";
    static final String REMOVE_BACKGROUND = "remove_background";
    static final double SPOT = 10;

    private SlideImageInstructions() {
    }

    static List<ImageEditStep> steps(List<Instruction> instructions, List<DetectedComponent> detected) {
        if (instructions == null || instructions.isEmpty()) {
            throw invalid("send instructions: [{instruction_type, selection?, new_text | ai_prompt}]");
        }
        List<ImageEditStep> steps = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction == null || instruction.instructionType() == null) {
                throw invalid("every instruction needs an instruction_type (text_edit, ai_modify, remove_background)");
            }
            ImageRegion region = region(instruction.selection(), detected);
            steps.add(switch (instruction.instructionType()) {
                case TEXT_EDIT -> new ImageEditStep(ImageEditStep.Kind.REPLACE_TEXT, region, instruction.newText());
                case AI_MODIFY -> new ImageEditStep(ImageEditStep.Kind.MODIFY, region, instruction.aiPrompt());
                case REMOVE_BACKGROUND -> new ImageEditStep(ImageEditStep.Kind.REMOVE_BACKGROUND, region, "");
                default -> throw invalid("unknown instruction_type " + instruction.instructionType()
                        + " (text_edit, ai_modify, remove_background)");
            });
        }
        return steps;
    }

    private static ImageRegion region(Selection selection, List<DetectedComponent> detected) {
        if (selection == null || selection.type() == null) {
            return null;
        }
        return switch (selection.type()) {
            case "component" -> (detected == null ? List.<DetectedComponent>of() : detected).stream()
                    .filter(component -> component != null && component.designId() != null
                            && component.designId().equals(selection.componentId()))
                    .findFirst().map(component -> box(component.boundingBox()))
                    .orElseThrow(() -> invalid("component " + selection.componentId()
                            + " is not among the detected_components sent"));
            case "spot" -> spot(selection.spotX(), selection.spotY());
            case "box" -> box(selection.box());
            default -> throw invalid("unknown selection type " + selection.type() + " (component, spot, box)");
        };
    }

    private static ImageRegion spot(Double x, Double y) {
        if (x == null || y == null || !ImageRegion.inRange(x) || !ImageRegion.inRange(y)) {
            throw invalid("a spot selection needs spot_x and spot_y in 0..100");
        }
        double left = Math.max(0, Math.min(100 - SPOT, x - SPOT / 2));
        double top = Math.max(0, Math.min(100 - SPOT, y - SPOT / 2));
        return new ImageRegion(left, top, SPOT, SPOT);
    }

    private static ImageRegion box(Box box) {
        if (box == null || box.x() == null || box.y() == null || box.width() == null || box.height() == null) {
            throw invalid("a box needs x, y, width and height in percent");
        }
        return new ImageRegion(box.x(), box.y(), box.width(), box.height());
    }

    private static ValidationException invalid(String message) {
        return new ValidationException(SlideErrors.INVALID_IMAGE_EDIT, message);
    }
}
