package ai.iiagent.e2e.chat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Server-sent events parsed from their text: {@code event:} name and {@code data:} JSON per blank-line block. */
public final class ChatSse {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Event(String name, Map<String, Object> data) {

        public Object get(String key) {
            return data.get(key);
        }
    }

    private String name;
    private final StringBuilder data = new StringBuilder();
    private final List<Event> events = new ArrayList<>();

    public static List<Event> parse(String body) {
        ChatSse parser = new ChatSse();
        body.lines().forEach(parser::line);
        parser.line("");
        return parser.events;
    }

    /** Feeds one line; returns the event it completed, or null. */
    Event line(String line) {
        if (line.isEmpty()) {
            if (name == null && data.isEmpty()) {
                return null;
            }
            Event event = new Event(name == null ? "message" : name, read(data.toString()));
            events.add(event);
            name = null;
            data.setLength(0);
            return event;
        }
        if (line.startsWith("event:")) {
            name = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
            data.append(line.substring(5).stripLeading());
        }
        return null;
    }

    private static Map<String, Object> read(String text) {
        try {
            return JSON.readValue(text, new TypeReference<>() { });
        } catch (Exception e) {
            throw new AssertionError("event data is not a JSON object: " + text, e);
        }
    }
}
