package ai.iiagent.adapter.sandbox.docker;

import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.port.out.sandbox.SandboxErrors;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A minimal HTTP/1.1 client for the Docker Engine API over its unix socket or TCP ({@code DOCKER_HOST}
 * {@code unix:///var/run/docker.sock} or {@code tcp://host:2375}): the JDK HTTP client cannot use unix
 * sockets. One connection per request ({@code Connection: close}); bodies with Content-Length, chunked
 * or read to the end; a response larger than the limit is refused; a request that takes longer than
 * its timeout has its connection closed.
 */
final class EngineClient {

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("docker-engine-timeouts").factory());

    private final SocketAddress address;
    private final StandardProtocolFamily family;
    private final String hostHeader;
    private final int maxResponseBytes;

    EngineClient(String dockerHost, int maxResponseBytes) {
        URI uri = URI.create(dockerHost);
        switch (uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT)) {
            case "unix" -> {
                address = UnixDomainSocketAddress.of(uri.getPath());
                family = StandardProtocolFamily.UNIX;
                hostHeader = "docker";
            }
            case "tcp", "http" -> {
                address = new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 2375 : uri.getPort());
                family = uri.getHost().contains(":") ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
                hostHeader = uri.getHost() + ":" + (uri.getPort() < 0 ? 2375 : uri.getPort());
            }
            default -> throw new IllegalArgumentException("DOCKER_HOST must be unix:///path or tcp://host:port, got "
                    + dockerHost);
        }
        this.maxResponseBytes = maxResponseBytes;
    }

    record Response(int status, Map<String, String> headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    Response send(String method, String pathAndQuery, String contentType, byte[] body, Duration timeout) {
        try (SocketChannel channel = SocketChannel.open(family)) {
            ScheduledFuture<?> deadline = WATCHDOG.schedule(() -> closeQuietly(channel), timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
            try {
                channel.connect(address);
                OutputStream out = Channels.newOutputStream(channel);
                StringBuilder head = new StringBuilder(method).append(' ').append(pathAndQuery).append(" HTTP/1.1\r\n")
                        .append("Host: ").append(hostHeader).append("\r\nConnection: close\r\nUser-Agent: ii-agent-jvm\r\n");
                if (body != null) {
                    head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(body.length)
                            .append("\r\n");
                }
                out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
                return read(new BufferedInputStream(Channels.newInputStream(channel)));
            } finally {
                deadline.cancel(false);
            }
        } catch (IOException e) {
            throw new ServiceUnavailableException(SandboxErrors.UNAVAILABLE, "the Docker Engine at " + address
                    + " did not answer " + method + " " + pathAndQuery.replaceAll("\\?.*", "") + ": " + e.getMessage());
        }
    }

    private Response read(InputStream in) throws IOException {
        String status = line(in);
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP response: " + status);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
            }
        }
        int code = Integer.parseInt(parts[1]);
        byte[] body;
        if (code == 204 || code == 304) {
            body = new byte[0];
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked(in);
        } else if (headers.containsKey("content-length")) {
            long length = Long.parseLong(headers.get("content-length"));
            if (length > maxResponseBytes) {
                throw new IOException("response of " + length + " bytes is over the limit");
            }
            body = in.readNBytes((int) length);
        } else {
            body = bounded(in);
        }
        return new Response(code, headers, body);
    }

    private byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line(in);
            int size = Integer.parseInt(sizeLine.split(";", 2)[0].strip(), 16);
            if (size == 0) {
                while (!line(in).isEmpty()) {
                    // trailers: ignored
                }
                return body.toByteArray();
            }
            if (body.size() + size > maxResponseBytes) {
                throw new IOException("response over the limit of " + maxResponseBytes + " bytes");
            }
            body.write(in.readNBytes(size));
            line(in);
        }
    }

    private byte[] bounded(InputStream in) throws IOException {
        byte[] body = in.readNBytes(maxResponseBytes + 1);
        if (body.length > maxResponseBytes) {
            throw new IOException("response over the limit of " + maxResponseBytes + " bytes");
        }
        return body;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != -1; c = in.read()) {
            if (c == '\n') {
                break;
            }
            if (c != '\r') {
                line.write(c);
            }
            if (line.size() > 64 * 1024) {
                throw new IOException("header line too long");
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing only to stop a request that took too long
        }
    }
}
