package ai.iiagent.adapter.socket.gateway;

import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.sessions.JoinedSession;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Reading client payloads (JSON objects) the same way on both endpoints. */
@ApplicationScoped
public class InboundFrames {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public InboundFrames(ObjectMapper json) {
        this.json = json;
    }

    public JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ValidationException("the frame is not valid JSON");
        }
    }

    /**
     * Runs {@code join_session}, {@code leave_session} or {@code chat_message} through the gateway.
     *
     * @return the acknowledgement a Socket.IO client may have asked for ({@code ok} plus details)
     */
    public Map<String, Object> dispatch(RealtimeGateway gateway, ClientConnection connection, String event, JsonNode data)
            throws InterruptedException {
        JsonNode payload = data == null || data.isNull() ? json.createObjectNode() : data;
        if (!payload.isObject()) {
            throw new ValidationException(event + " needs a JSON object");
        }
        return switch (event) {
            case "join_session" -> {
                JoinedSession joined = gateway.join(connection, text(payload, "session_uuid"), lastSeq(payload));
                yield Map.of("ok", true, "session_id", joined.session().id().toString(), "is_owner", joined.owner());
            }
            case "leave_session" -> {
                gateway.leave(connection);
                yield Map.of("ok", true);
            }
            case "chat_message" -> {
                JsonNode content = payload.path("content");
                if (!content.isObject()) {
                    throw new ValidationException("chat_message needs a content object with a command");
                }
                yield gateway.chatMessage(connection, text(payload, "session_uuid"), text(content, "command"),
                        json.convertValue(content, OBJECT));
            }
            case "pty_create", "pty_input", "pty_resize", "pty_close" -> gateway.terminal(connection, event, payload);
            default -> throw new ValidationException("unknown event: " + event);
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static long lastSeq(JsonNode payload) {
        JsonNode value = payload.get("last_seq");
        if (value == null || value.isNull()) {
            return 0;
        }
        if (!value.canConvertToLong()) {
            throw new ValidationException("last_seq must be an integer");
        }
        return value.asLong();
    }
}
