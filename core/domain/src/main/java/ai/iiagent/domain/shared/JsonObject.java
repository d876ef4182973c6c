package ai.iiagent.domain.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A free-form JSON object the server keeps as given, in its order: a model's provider
 * {@code params}, an MCP configuration's {@code metadata}, an event's content. Values are JSON
 * values (strings, numbers, booleans, lists, objects, null).
 */
public record JsonObject(Map<String, Object> fields) {

    public static final JsonObject EMPTY = new JsonObject(Map.of());

    public JsonObject {
        // JSON objects may hold nulls, which Map.copyOf refuses.
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** @return the object, or null for null (a partial update's "leave it as it is") */
    public static JsonObject ofNullable(Map<String, ?> fields) {
        return fields == null ? null : of(fields);
    }

    public static JsonObject of(Map<String, ?> fields) {
        return new JsonObject(fields == null ? null : new LinkedHashMap<>(fields));
    }

    /** @return the fields of {@code object}, or null when it is null */
    public static Map<String, Object> fieldsOf(JsonObject object) {
        return object == null ? null : object.fields();
    }
}
