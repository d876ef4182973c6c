package ai.iiagent.bootstrap.realtime;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * WebSocket compression is declined (issue #25, docs/protocol/realtime.md "Compression"): the server
 * answers a {@code permessage-deflate} (or per-frame deflate) offer without a
 * {@code Sec-WebSocket-Extensions} header, so every socket gets the same uncompressed frame bytes.
 * Events are small JSON frames that deflate shrinks little, and with context takeover each socket
 * kept its own deflater (≈ 100 KiB each) and compressed every event again, once per socket: with
 * browsers offering compression by default, fan-out collapsed (docs/benchmarks.md).
 */
@ApplicationScoped
public class RealtimeCompressionOptions implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        decline(options);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        decline(options);
    }

    static void decline(HttpServerOptions options) {
        options.setPerMessageWebSocketCompressionSupported(false);
        options.setPerFrameWebSocketCompressionSupported(false);
    }
}
