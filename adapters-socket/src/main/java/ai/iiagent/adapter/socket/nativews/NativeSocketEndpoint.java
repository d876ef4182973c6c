package ai.iiagent.adapter.socket.nativews;

import ai.iiagent.adapter.socket.gateway.ClientConnection;
import ai.iiagent.adapter.socket.gateway.CloseCodes;
import ai.iiagent.adapter.socket.gateway.InboundFrames;
import ai.iiagent.adapter.socket.gateway.RealtimeGateway;
import ai.iiagent.adapter.socket.gateway.SocketErrors;
import ai.iiagent.adapter.socket.websocket.WebSocketConnections;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.users.Identity;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnPongMessage;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.UserData.TypedKey;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.buffer.Buffer;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The native endpoint {@code /ws}: JSON frames {@code {"type": ..., "data": ...}}. Credentials come
 * on the upgrade ({@code Authorization: Bearer}) or in a first {@code auth} frame within the auth
 * timeout, never in the URL; without them the connection closes with 4401.
 */
@WebSocket(path = "/ws")
@PermitAll // the upgrade is open so browsers can authenticate in the first frame; nothing else is served before that
public class NativeSocketEndpoint {

    private static final Logger LOG = Logger.getLogger(NativeSocketEndpoint.class);
    private static final TypedKey<ClientConnection> CLIENT = new TypedKey<>("ii-agent.client");

    private final RealtimeGateway gateway;
    private final InboundFrames frames;

    public NativeSocketEndpoint(RealtimeGateway gateway, InboundFrames frames) {
        this.gateway = gateway;
        this.frames = frames;
    }

    @OnOpen
    void open(WebSocketConnection connection) {
        ClientConnection client = gateway.open(connection.id(), new NativeTransport(connection));
        connection.userData().put(CLIENT, client);
        String authorization = connection.handshakeRequest().header("Authorization");
        if (authorization != null) {
            authenticate(client, authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? authorization.substring(7) : null);
        }
    }

    @OnTextMessage
    void message(WebSocketConnection connection, String text) throws InterruptedException {
        ClientConnection client = connection.userData().get(CLIENT);
        gateway.seen(client);
        JsonNode frame;
        try {
            frame = frames.parse(text);
        } catch (DomainException e) {
            refuse(client, e);
            return;
        }
        String type = frame.path("type").asText("");
        if (!client.authenticated()) {
            authenticate(client, "auth".equals(type) ? frame.path("token").asText(null) : null);
            return;
        }
        try {
            frames.dispatch(gateway, client, type, frame.get("data"));
        } catch (DomainException e) {
            refuse(client, e);
        }
    }

    @OnPongMessage
    void pong(WebSocketConnection connection, Buffer data) {
        gateway.seen(connection.userData().get(CLIENT));
    }

    @OnClose
    void closed(WebSocketConnection connection) {
        ClientConnection client = connection.userData().get(CLIENT);
        if (client != null) {
            gateway.closed(client);
        }
    }

    @OnError
    void failed(WebSocketConnection connection, Throwable failure) {
        WebSocketConnections.failed(connection, failure);
    }

    private void authenticate(ClientConnection client, String credential) {
        try {
            Identity who = gateway.authenticate(client, credential);
            client.sendFrame(gateway.envelopes().write(Map.of("type", "authenticated",
                    "data", Map.of("user_id", who.userId().toString()))));
        } catch (DomainException e) {
            LOG.debugf("socket %s refused: %s", client.id(), e.code());
            client.close(CloseCodes.UNAUTHENTICATED, "authentication failed");
        }
    }

    private void refuse(ClientConnection client, DomainException error) {
        gateway.sendError(client, SocketErrors.content(error));
    }
}
