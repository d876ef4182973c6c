package ai.iiagent.adapter.socket.socketio;

import ai.iiagent.adapter.socket.gateway.ClientConnection;
import ai.iiagent.adapter.socket.gateway.CloseCodes;
import ai.iiagent.adapter.socket.gateway.InboundFrames;
import ai.iiagent.adapter.socket.gateway.RealtimeGateway;
import ai.iiagent.adapter.socket.gateway.RealtimeSettings;
import ai.iiagent.adapter.socket.gateway.SocketErrors;
import ai.iiagent.adapter.socket.websocket.WebSocketConnections;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.ValidationException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.UserData.TypedKey;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Socket.IO v5 over Engine.IO v4, websocket transport only (what the original frontend uses):
 * open packet, CONNECT with the {@code auth} object {@code {token, session_uuid?}}, EVENT packets
 * {@code join_session}, {@code leave_session}, {@code chat_message} with acknowledgements, server
 * event {@code chat_event}, server pings. A thin adapter over the same gateway as {@code /ws}.
 */
@WebSocket(path = "/socket.io/")
@PermitAll // authentication happens in the Socket.IO CONNECT packet, which carries the token
public class SocketIoEndpoint {

    private static final TypedKey<ClientConnection> CLIENT = new TypedKey<>("ii-agent.client");

    private final RealtimeGateway gateway;
    private final InboundFrames frames;

    public SocketIoEndpoint(RealtimeGateway gateway, InboundFrames frames) {
        this.gateway = gateway;
        this.frames = frames;
    }

    @OnOpen
    void open(WebSocketConnection connection) {
        ClientConnection client = gateway.open(connection.id(), new SocketIoTransport(connection));
        connection.userData().put(CLIENT, client);
        String query = connection.handshakeRequest().query();
        if (query == null || !query.contains("EIO=4") || !query.contains("transport=websocket")) {
            client.close(CloseCodes.UNSUPPORTED, "only Engine.IO v4 over the websocket transport");
            return;
        }
        RealtimeSettings settings = gateway.settings();
        Map<String, Object> open = new LinkedHashMap<>();
        open.put("sid", connection.id());
        open.put("upgrades", List.of());
        open.put("pingInterval", settings.pingInterval().toMillis());
        open.put("pingTimeout", settings.pingTimeout().toMillis());
        open.put("maxPayload", settings.maxMessageBytes()); // the same limit the server enforces (close 1009)
        client.sendFrame("0" + gateway.envelopes().write(open));
    }

    @OnTextMessage
    void message(WebSocketConnection connection, String text) throws InterruptedException {
        ClientConnection client = connection.userData().get(CLIENT);
        gateway.seen(client);
        if (text.isEmpty()) {
            return;
        }
        switch (text.charAt(0)) {
            case '2' -> client.sendFrame("3" + text.substring(1));
            case '1' -> client.close(1000, "client closed");
            case '4' -> packet(client, connection, text.substring(1));
            default -> { } // pong (3), noop (6) and upgrade probes need no answer
        }
    }

    @OnClose
    void closed(WebSocketConnection connection) {
        ClientConnection client = connection.userData().get(CLIENT);
        if (client != null) {
            gateway.closed(client);
        }
    }

    private void packet(ClientConnection client, WebSocketConnection connection, String text) throws InterruptedException {
        SocketIoPacket packet;
        try {
            packet = SocketIoPacket.parse(text);
        } catch (ValidationException e) {
            gateway.sendError(client, SocketErrors.content(e));
            return;
        }
        if (!"/".equals(packet.namespace())) {
            client.sendFrame("4" + SocketIoPacket.CONNECT_ERROR + packet.namespace() + ","
                    + gateway.envelopes().write(Map.of("message", "Invalid namespace")));
            return;
        }
        switch (packet.type()) {
            case SocketIoPacket.CONNECT -> connect(client, connection, packet.json());
            case SocketIoPacket.DISCONNECT -> gateway.leave(client);
            case SocketIoPacket.EVENT -> event(client, packet);
            default -> { } // acks from the client and binary packets: nothing we asked for
        }
    }

    @OnError
    void failed(WebSocketConnection connection, Throwable failure) {
        WebSocketConnections.failed(connection, failure);
    }

    private void connect(ClientConnection client, WebSocketConnection connection, String json) {
        JsonNode auth;
        try {
            auth = json.isBlank() ? null : frames.parse(json);
        } catch (ValidationException e) {
            client.sendFrame(SocketIoPacket.frame(SocketIoPacket.CONNECT_ERROR, gateway.envelopes().write(
                    Map.of("message", "the CONNECT payload is not valid JSON", "data", Map.of("code", "validation_error")))));
            return;
        }
        String token = auth == null ? null : auth.path("token").asText(null);
        if (token == null) {
            String header = connection.handshakeRequest().header("Authorization");
            token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7) : null;
        }
        try {
            gateway.authenticate(client, token);
            client.sendFrame(SocketIoPacket.frame(SocketIoPacket.CONNECT,
                    gateway.envelopes().write(Map.of("sid", UUID.randomUUID().toString()))));
        } catch (DomainException e) {
            client.sendFrame(SocketIoPacket.frame(SocketIoPacket.CONNECT_ERROR, gateway.envelopes().write(
                    Map.of("message", "authentication failed", "data", Map.of("code", "auth_error")))));
        }
    }

    private void event(ClientConnection client, SocketIoPacket packet) throws InterruptedException {
        Map<String, Object> ack;
        try {
            if (!client.authenticated()) {
                throw new ValidationException("send CONNECT with a token first");
            }
            JsonNode args = frames.parse(packet.json());
            if (!args.isArray() || args.isEmpty() || !args.get(0).isTextual()) {
                throw new ValidationException("an event is a JSON array starting with its name");
            }
            ack = frames.dispatch(gateway, client, args.get(0).asText(), args.get(1));
        } catch (DomainException e) {
            Map<String, Object> error = SocketErrors.content(e);
            gateway.sendError(client, error);
            ack = new LinkedHashMap<>(error);
            ack.put("ok", false);
        }
        if (packet.ackId() >= 0) {
            client.sendFrame(SocketIoPacket.ack(packet.ackId(), gateway.envelopes().write(List.of(ack))));
        }
    }
}
