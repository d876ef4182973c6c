package ai.iiagent.adapter.media.google;

import ai.iiagent.port.out.media.ImageComponent;
import ai.iiagent.port.out.media.ImageEditStep;
import ai.iiagent.port.out.media.ImageRegion;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words sent to Gemini for picture edits and detection, and the reading of its detection answer. */
final class GeminiEditPrompts {

    static final String DETECT = "List the visual components of this slide image: each text block, title, picture,"
            + " icon, chart and shape. For each give component_type, a short label, text_content (the exact text shown,"
            + " or null), and bounding_box {x, y, width, height} in percent of the image (0-100, x and y the top-left"
            + " corner), and confidence (0-1). Answer only with the JSON object.";

    private GeminiEditPrompts() {
    }

    /** The instruction for the steps, each naming its region in percent of the picture. */
    static String edit(List<ImageEditStep> steps) {
        StringBuilder prompt = new StringBuilder("Edit this slide image. Keep everything not mentioned exactly as it is,"
                + " with the same layout, style and size.");
        int n = 1;
        for (ImageEditStep step : steps) {
            prompt.append("\n").append(n++).append(". ");
            switch (step.kind()) {
                case REPLACE_TEXT -> prompt.append("Replace the text").append(where(step.region()))
                        .append(" with \"").append(step.text()).append("\", keeping its font, colour and alignment.");
                case MODIFY -> prompt.append("Change").append(step.region() == null ? " the image" : where(step.region()))
                        .append(": ").append(step.text());
                case REMOVE_BACKGROUND -> prompt.append("Remove the background").append(where(step.region()))
                        .append(" so only the main subject stays, on a transparent (or plain white) background.");
            }
        }
        return prompt.toString();
    }

    private static String where(ImageRegion region) {
        if (region == null) {
            return "";
        }
        return String.format(Locale.ROOT, " in the area from %.0f%% to %.0f%% of the width and %.0f%% to %.0f%% of the"
                + " height", region.x(), region.x() + region.width(), region.y(), region.y() + region.height());
    }

    static ObjectNode detectionSchema(ObjectMapper json) {
        ObjectNode schema = json.createObjectNode().put("type", "OBJECT");
        ObjectNode item = json.createObjectNode().put("type", "OBJECT");
        ObjectNode properties = item.putObject("properties");
        properties.putObject("component_type").put("type", "STRING");
        properties.putObject("label").put("type", "STRING");
        properties.putObject("text_content").put("type", "STRING").put("nullable", true);
        ObjectNode box = properties.putObject("bounding_box").put("type", "OBJECT");
        ObjectNode boxProperties = box.putObject("properties");
        for (String edge : List.of("x", "y", "width", "height")) {
            boxProperties.putObject(edge).put("type", "NUMBER");
        }
        box.putArray("required").add("x").add("y").add("width").add("height");
        properties.putObject("confidence").put("type", "NUMBER");
        item.putArray("required").add("component_type").add("label").add("bounding_box");
        schema.putObject("properties").putObject("components").put("type", "ARRAY").set("items", item);
        schema.putArray("required").add("components");
        return schema;
    }

    /** The components of Gemini's answer; boxes are clipped to the picture, ones without area are dropped. */
    static List<ImageComponent> components(JsonNode answer) {
        List<ImageComponent> components = new ArrayList<>();
        for (JsonNode node : answer.path("components")) {
            JsonNode box = node.path("bounding_box");
            double x = clip(box.path("x").asDouble(0));
            double y = clip(box.path("y").asDouble(0));
            double width = Math.min(100 - x, clip(box.path("width").asDouble(0)));
            double height = Math.min(100 - y, clip(box.path("height").asDouble(0)));
            if (width <= 0 || height <= 0) {
                continue;
            }
            int n = components.size() + 1;
            String text = node.path("text_content").isTextual() ? node.path("text_content").asText() : null;
            components.add(new ImageComponent("component-" + n, node.path("component_type").asText("shape"),
                    node.path("label").asText("Component " + n), text, new ImageRegion(x, y, width, height), n,
                    Math.max(0, Math.min(1, node.path("confidence").asDouble(0.5)))));
        }
        return components;
    }

    private static double clip(double value) {
        return Double.isNaN(value) ? 0 : Math.max(0, Math.min(100, value));
    }
}
