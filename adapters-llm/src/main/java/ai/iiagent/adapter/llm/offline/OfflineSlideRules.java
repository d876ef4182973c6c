package ai.iiagent.adapter.llm.offline;

import ai.iiagent.domain.agents.ToolCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The offline model's slide rules (docs/slides.md): "work on: TOPIC" in a run that offers
 * {@code SlideWrite} writes a three-slide deck about TOPIC (title, points, closing) in one turn; with only
 * {@code SlideGenerate} offered (the image-slide type) it generates two picture slides.
 */
final class OfflineSlideRules {

    private OfflineSlideRules() {
    }

    static OfflineScript.Reply deck(String tool, String topic, String callId) {
        String safe = topic.replaceAll("[^\\p{L}\\p{N} ._-]", "").strip();
        String deckName = safe.isEmpty() ? "deck" : safe.toLowerCase(Locale.ROOT).replace(' ', '-');
        if (deckName.length() > 60) {
            deckName = deckName.substring(0, 60);
        }
        String shown = escape(topic);
        List<ToolCall> calls = new ArrayList<>();
        if (tool.equals("SlideGenerate")) {
            calls.add(new ToolCall(callId + "_1", tool, arguments(deckName, 1, "Cover: " + topic, topic,
                    "prompt", "A bold cover picture for a presentation about " + topic)));
            calls.add(new ToolCall(callId + "_2", tool, arguments(deckName, 2, "Closing", "Thank you",
                    "prompt", "A calm closing picture for a presentation about " + topic)));
        } else {
            calls.add(new ToolCall(callId + "_1", tool, arguments(deckName, 1, topic, "The title slide", "content",
                    page("#101828", "#f9fafb", "<h1>" + shown + "</h1><p>A short presentation</p>"))));
            calls.add(new ToolCall(callId + "_2", tool, arguments(deckName, 2, "Key points", "Three points", "content",
                    page("#ffffff", "#101828", "<h2>Key points about " + shown + "</h2><ul><li>Why it matters</li>"
                            + "<li>How it works</li><li>What comes next</li></ul>"))));
            calls.add(new ToolCall(callId + "_3", tool, arguments(deckName, 3, "Thank you", "The closing slide", "content",
                    page("#1d2939", "#f9fafb", "<h1>Thank you</h1><p>Questions about " + shown + "?</p>"))));
        }
        return new OfflineScript.Reply("Building a deck about " + topic + ".", "I will write the deck \"" + deckName
                + "\" slide by slide.", calls, false);
    }

    private static Map<String, Object> arguments(String deck, int number, String title, String description, String key,
                                                 String value) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("presentation_name", deck);
        arguments.put("slide_number", number);
        arguments.put("title", title);
        arguments.put("description", description);
        arguments.put(key, value);
        return arguments;
    }

    private static String page(String background, String color, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>html,body{margin:0;width:1280px;height:720px;"
                + "overflow:hidden}body{display:flex;flex-direction:column;justify-content:center;padding:0 96px;"
                + "box-sizing:border-box;background:" + background + ";color:" + color + ";font-family:sans-serif}"
                + "h1{font-size:64px;margin:0 0 24px}h2{font-size:48px;margin:0 0 32px}p,li{font-size:30px}"
                + "</style></head><body>" + body + "</body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
