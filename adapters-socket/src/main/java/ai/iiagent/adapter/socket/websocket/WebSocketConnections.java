package ai.iiagent.adapter.socket.websocket;

import ai.iiagent.adapter.socket.gateway.OutgoingFrame;
import io.netty.channel.Channel;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.WebSocketBase;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;
import io.vertx.core.http.impl.WebSocketInternal;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * What both endpoints need beyond WebSockets Next's public API: cutting a TCP connection whose
 * peer never finishes the close handshake, and telling a client's fault (a message over the limit,
 * a dropped network) from a server failure.
 */
public final class WebSocketConnections {

    /** Close code for a message over the limit (RFC 6455). */
    public static final int MESSAGE_TOO_BIG = 1009;
    /** Vert.x's default maximum frame size: larger messages go out through writeTextMessage, which fragments them. */
    static final int SINGLE_FRAME_MAX_BYTES = 65_536;
    private static final Logger LOG = Logger.getLogger(WebSocketConnections.class);
    private static final Method WEB_SOCKET = webSocketAccessor();

    private WebSocketConnections() {
    }

    /**
     * Closes the TCP connection at once (nothing when it is closed already). Vert.x starts its
     * closing timeout only once the close frame is written, which never happens for a peer that
     * stopped reading; neither WebSockets Next nor vertx-web's socket wrapper gives a public way to
     * the channel, hence the reflection.
     */
    public static void abort(WebSocketConnection connection) {
        if (WEB_SOCKET == null) {
            return; // isClosed() is no guide: it is true as soon as a close frame is queued
        }
        try {
            Channel channel = channelOf(WEB_SOCKET.invoke(connection));
            if (channel != null) {
                channel.close();
            } else {
                LOG.warnf("no channel found for connection %s: a stalled peer keeps its socket", connection.id());
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf(e, "could not cut connection %s: a stalled peer keeps its socket", connection.id());
        }
    }

    /**
     * How to send text frames on this connection as fast as the connection allows: straight to its Vert.x
     * WebSocket, answering Vert.x's own write future, instead of through {@code sendText}'s Mutiny
     * {@code Uni} with a context-propagating supplier per frame (which is all {@code sendText} adds when
     * WebSockets Next's traffic logger and telemetry are off, as here), and with the frame's UTF-8 bytes
     * encoded once for every socket it goes to (Vert.x's {@code writeTextMessage} encodes per call).
     * Falls back to {@code sendText} when the Vert.x socket cannot be reached. Resolve it once per
     * connection: this is the fan-out's per-delivery path.
     */
    public static Function<OutgoingFrame, CompletionStage<Void>> textSender(WebSocketConnection connection) {
        if (WEB_SOCKET != null) {
            try {
                if (WEB_SOCKET.invoke(connection) instanceof WebSocketBase socket) {
                    return frame -> send(socket, frame);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.debugf(e, "connection %s: sending through sendText", connection.id());
            }
        }
        return frame -> connection.sendText(frame.text()).subscribeAsCompletionStage();
    }

    private static CompletionStage<Void> send(WebSocketBase socket, OutgoingFrame frame) {
        if (frame.utf8Length() > SINGLE_FRAME_MAX_BYTES) {
            return socket.writeTextMessage(frame.text()).toCompletionStage(); // Vert.x splits it into fragments
        }
        // What writeTextMessage does for a message that fits one frame, minus its per-call encoding: Vert.x
        // wraps the (shared, unmodified) bytes in a buffer of this write's own.
        return socket.writeFrame(new WebSocketFrameImpl(WebSocketFrameType.TEXT, frame.utf8(), true)).toCompletionStage();
    }

    /**
     * Handles an error WebSockets Next reports for a connection: a message over the limit closes it
     * with 1009, a peer that went away is routine (debug); anything else is a server fault (error, 1011).
     */
    public static void failed(WebSocketConnection connection, Throwable failure) {
        if (tooBig(failure)) {
            LOG.debugf("connection %s sent a message over the limit: %s", connection.id(), failure.getMessage());
            close(connection, MESSAGE_TOO_BIG, "message too big");
        } else if (peerGone(failure)) {
            LOG.debugf("connection %s went away: %s", connection.id(), failure.toString());
        } else {
            LOG.errorf(failure, "connection %s failed", connection.id());
            close(connection, 1011, "server error");
        }
    }

    private static boolean tooBig(Throwable failure) {
        if (failure instanceof CorruptedWebSocketFrameException corrupted) {
            return corrupted.closeStatus().code() == WebSocketCloseStatus.MESSAGE_TOO_BIG.code();
        }
        // Vert.x reports a message that outgrows max-message-size as this, and keeps the connection.
        return failure instanceof IllegalStateException && String.valueOf(failure.getMessage()).contains("max message size");
    }

    private static boolean peerGone(Throwable failure) {
        return failure instanceof IOException || failure instanceof ClosedChannelException
                || failure instanceof HttpClosedException || failure instanceof CorruptedFrameException;
    }

    /** The Netty channel under a Vert.x server WebSocket, looking through vertx-web's wrapper ({@code delegate}). */
    private static Channel channelOf(Object webSocket) throws ReflectiveOperationException {
        Object socket = webSocket;
        for (int hops = 0; hops < 3 && socket != null && !(socket instanceof WebSocketInternal); hops++) {
            Field delegate = socket.getClass().getDeclaredField("delegate");
            delegate.setAccessible(true);
            socket = delegate.get(socket);
        }
        return socket instanceof WebSocketInternal internal ? internal.channelHandlerContext().channel() : null;
    }

    private static void close(WebSocketConnection connection, int code, String reason) {
        if (!connection.isClosed()) {
            connection.close(new CloseReason(code, reason)).subscribe().with(ok -> { }, ignored -> { });
        }
    }

    private static Method webSocketAccessor() {
        try {
            Class<?> base = Class.forName("io.quarkus.websockets.next.runtime.WebSocketConnectionBase", false,
                    WebSocketConnection.class.getClassLoader());
            Method accessor = base.getDeclaredMethod("webSocket");
            accessor.setAccessible(true);
            return accessor;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("WebSockets Next changed: stalled sockets are closed by the close handshake only (%s)", e);
            return null;
        }
    }
}
