package ai.iiagent.adapter.socket.socketio;

import ai.iiagent.adapter.socket.gateway.OutgoingFrame;
import ai.iiagent.adapter.socket.gateway.SocketTransport;
import ai.iiagent.adapter.socket.websocket.WebSocketConnections;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** Engine.IO over a WebSocket: events as {@code 42["chat_event",<envelope>]}, pings as {@code 2}. */
final class SocketIoTransport implements SocketTransport {

    private final WebSocketConnection connection;
    private final Function<OutgoingFrame, CompletionStage<Void>> sender;

    SocketIoTransport(WebSocketConnection connection) {
        this.connection = connection;
        this.sender = WebSocketConnections.textSender(connection);
    }

    @Override
    public String eventFrame(String envelopeJson) {
        return "42[\"chat_event\"," + envelopeJson + "]";
    }

    @Override
    public String namedFrame(String event, String dataJson) {
        return "42[\"" + event + "\"," + dataJson + "]"; // event names are our own constants: nothing to escape
    }

    @Override
    public CompletionStage<Void> send(OutgoingFrame frame) {
        return sender.apply(frame);
    }

    @Override
    public void ping() {
        connection.sendText("2").subscribe().with(ok -> { }, failure -> { });
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
