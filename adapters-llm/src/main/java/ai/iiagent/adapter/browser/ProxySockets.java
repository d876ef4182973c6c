package ai.iiagent.adapter.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** The egress proxy's socket plumbing: its own answers, relaying both ways, closing without fuss. */
final class ProxySockets {

    private ProxySockets() {
    }

    static void answer(Socket client, int status, String reason) throws IOException {
        byte[] body = (reason + "\n").getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " " + (status == 403 ? "Forbidden" : status == 411 ? "Length Required"
                : status == 400 ? "Bad Request" : "Bad Gateway") + "\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        OutputStream out = client.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    static void copy(InputStream from, OutputStream to, Socket a, Socket b) {
        try {
            from.transferTo(to);
            to.flush();
        } catch (IOException e) {
            // one side closed or went idle: end both
        } finally {
            close(a);
            close(b);
        }
    }

    static void copyExactly(InputStream in, OutputStream out, long count) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long left = count;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new IOException("the request body ended early");
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    static InputStream in(Socket socket) {
        try {
            return socket.getInputStream();
        } catch (IOException e) {
            return InputStream.nullInputStream();
        }
    }

    static OutputStream out(Socket socket) {
        try {
            return socket.getOutputStream();
        } catch (IOException e) {
            return OutputStream.nullOutputStream();
        }
    }

    static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
