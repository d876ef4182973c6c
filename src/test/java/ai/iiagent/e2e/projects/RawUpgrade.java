package ai.iiagent.e2e.projects;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A WebSocket client in a few lines on a bare socket, so the Host header is exactly a browser's: the
 * upgrade, one masked text frame out, one text frame back (or the refusal's head).
 */
public final class RawUpgrade {

    /** The answer head to the upgrade and, after a 101, the text of the first frame back. */
    public record Echo(String head, String text) {
    }

    private RawUpgrade() {
    }

    public static Echo echo(int port, String host, String path, String extraHeaders, String protocol, String text)
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            byte[] nonce = new byte[16];
            new SecureRandom().nextBytes(nonce);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + extraHeaders + "Upgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                    + Base64.getEncoder().encodeToString(nonce) + "\r\nSec-WebSocket-Protocol: " + protocol + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("closed during the upgrade: " + head);
                }
                head.append((char) b);
            }
            if (!head.toString().startsWith("HTTP/1.1 101")) {
                return new Echo(head.toString(), null);
            }
            byte[] payload = text.getBytes(StandardCharsets.UTF_8);
            byte[] mask = {1, 2, 3, 4};
            out.write(new byte[] {(byte) 0x81, (byte) (0x80 | payload.length)});
            out.write(mask);
            for (int i = 0; i < payload.length; i++) {
                out.write(payload[i] ^ mask[i % 4]);
            }
            out.flush();
            int first = in.read();
            int length = in.read() & 0x7f;
            if (first != 0x81) {
                throw new IOException("not a text frame: " + first);
            }
            return new Echo(head.toString(), new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }
    }
}
