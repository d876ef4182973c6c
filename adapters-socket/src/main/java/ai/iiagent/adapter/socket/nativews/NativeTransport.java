package ai.iiagent.adapter.socket.nativews;

import ai.iiagent.adapter.socket.gateway.OutgoingFrame;
import ai.iiagent.adapter.socket.gateway.SocketTransport;
import ai.iiagent.adapter.socket.websocket.WebSocketConnections;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import io.vertx.core.buffer.Buffer;

/** {@code /ws} framing: events travel as {@code {"type":"chat_event","data":<envelope>}}. */
final class NativeTransport implements SocketTransport {

    private static final Buffer PING = Buffer.buffer("ii");

    private final WebSocketConnection connection;
    private final Function<OutgoingFrame, CompletionStage<Void>> sender;

    NativeTransport(WebSocketConnection connection) {
        this.connection = connection;
        this.sender = WebSocketConnections.textSender(connection);
    }

    @Override
    public String eventFrame(String envelopeJson) {
        return "{\"type\":\"chat_event\",\"data\":" + envelopeJson + "}";
    }

    @Override
    public String namedFrame(String event, String dataJson) {
        return "{\"type\":\"" + event + "\",\"data\":" + dataJson + "}"; // our own constant names
    }

    @Override
    public CompletionStage<Void> send(OutgoingFrame frame) {
        return sender.apply(frame);
    }

    @Override
    public void ping() {
        connection.sendPing(PING).subscribe().with(ok -> { }, failure -> { });
    }

    @Override
    public void close(int code, String reason) {
        connection.close(new CloseReason(code, reason)).subscribe().with(ok -> { }, failure -> { });
    }

    @Override
    public void abort() {
        WebSocketConnections.abort(connection);
    }
}
