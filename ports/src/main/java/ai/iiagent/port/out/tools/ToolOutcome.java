package ai.iiagent.port.out.tools;

import ai.iiagent.domain.agents.ImagePart;
import ai.iiagent.domain.credits.Credits;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tool's result: the text the model reads next, what the UI shows ({@code display}, JSON values),
 * whether it failed, for a billable tool what the call really cost (at most its declared maximum is
 * held; more is charged as a shortfall), files for the user, which the runtime stores with the
 * session's files, and images for the model to look at ({@code Read} on a picture): the runtime
 * passes them to a vision model and replaces them with a note for any other. Long text is truncated
 * by the runtime, not by tools.
 */
public record ToolOutcome(String text, Map<String, Object> display, boolean error, Credits cost, List<ToolFile> files,
                          List<ImagePart> images) {

    public ToolOutcome {
        text = text == null ? "" : text;
        display = display == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(display));
        cost = cost == null ? Credits.ZERO : cost;
        files = files == null ? List.of() : List.copyOf(files);
        images = images == null ? List.of() : List.copyOf(images);
    }

    public ToolOutcome(String text, Map<String, Object> display, boolean error, Credits cost, List<ToolFile> files) {
        this(text, display, error, cost, files, List.of());
    }

    public ToolOutcome(String text, Map<String, Object> display, boolean error, Credits cost) {
        this(text, display, error, cost, List.of());
    }

    public ToolOutcome(String text, Map<String, Object> display, boolean error) {
        this(text, display, error, Credits.ZERO);
    }

    public static ToolOutcome ok(String text) {
        return new ToolOutcome(text, Map.of(), false);
    }

    public static ToolOutcome failed(String text) {
        return new ToolOutcome(text, Map.of(), true);
    }
}
