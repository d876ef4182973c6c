package ai.iiagent.adapter.http.content;

import ai.iiagent.adapter.http.content.SlideImageWire.Box;
import ai.iiagent.adapter.http.content.SlideImageWire.DetectedComponent;
import ai.iiagent.adapter.http.content.SlideImageWire.Instruction;
import ai.iiagent.adapter.http.content.SlideImageWire.Selection;
import ai.iiagent.domain.content.ImageEditInstruction;
import ai.iiagent.domain.content.ImageArea;
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

    static List<ImageEditInstruction> steps(List<Instruction> instructions, List<DetectedComponent> detected) {
        if (instructions == null || instructions.isEmpty()) {
            throw invalid("send instructions: [{instruction_type, selection?, new_text | ai_prompt}]");
        }
        List<ImageEditInstruction> steps = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction == null || instruction.instructionType() == null) {
                throw invalid("every instruction needs an instruction_type (text_edit, ai_modify, remove_background)");
            }
            ImageArea region = region(instruction.selection(), detected);
            steps.add(switch (instruction.instructionType()) {
                case TEXT_EDIT -> new ImageEditInstruction(ImageEditInstruction.Kind.REPLACE_TEXT, region, instruction.newText());
                case AI_MODIFY -> new ImageEditInstruction(ImageEditInstruction.Kind.MODIFY, region, instruction.aiPrompt());
                case REMOVE_BACKGROUND -> new ImageEditInstruction(ImageEditInstruction.Kind.REMOVE_BACKGROUND, region, "");
                default -> throw invalid("unknown instruction_type " + instruction.instructionType()
                        + " (text_edit, ai_modify, remove_background)");
            });
        }
        return steps;
    }

    private static ImageArea region(Selection selection, List<DetectedComponent> detected) {
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

    private static ImageArea spot(Double x, Double y) {
        if (x == null || y == null || !ImageArea.inRange(x) || !ImageArea.inRange(y)) {
            throw invalid("a spot selection needs spot_x and spot_y in 0..100");
        }
        double left = Math.max(0, Math.min(100 - SPOT, x - SPOT / 2));
        double top = Math.max(0, Math.min(100 - SPOT, y - SPOT / 2));
        return new ImageArea(left, top, SPOT, SPOT);
    }

    private static ImageArea box(Box box) {
        if (box == null || box.x() == null || box.y() == null || box.width() == null || box.height() == null) {
            throw invalid("a box needs x, y, width and height in percent");
        }
        return new ImageArea(box.x(), box.y(), box.width(), box.height());
    }

    private static ValidationException invalid(String message) {
        return new ValidationException(SlideErrors.INVALID_IMAGE_EDIT, message);
    }
}
