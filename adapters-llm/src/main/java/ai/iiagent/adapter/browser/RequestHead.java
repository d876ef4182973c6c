package ai.iiagent.adapter.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The request line and headers of one request a browser sent to the egress proxy: the method, the
 * target (absolute URL, or {@code host:port} for {@code CONNECT}) and the headers, read byte by byte
 * so nothing of the body is consumed.
 */
record RequestHead(String method, String target, List<String[]> headers) {

    /** Hop-by-hop headers the proxy drops; it sends its own {@code Connection: close}. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "proxy-connection", "keep-alive",
            "proxy-authorization", "proxy-authenticate", "te", "trailer", "upgrade");

    /** The head, or null when the client closed before sending one. */
    static RequestHead read(InputStream in, int maxBytes) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int total = 0;
        int b;
        while ((b = in.read()) >= 0) {
            if (++total > maxBytes) {
                throw new IOException("request head too large");
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                text = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
                if (text.isEmpty()) {
                    return lines.isEmpty() ? null : parse(lines);
                }
                lines.add(text);
                line.reset();
            } else {
                line.write(b);
            }
        }
        return null;
    }

    private static RequestHead parse(List<String> lines) throws IOException {
        String[] request = lines.get(0).split(" ");
        if (request.length != 3) {
            throw new IOException("malformed request line");
        }
        List<String[]> headers = new ArrayList<>();
        for (String header : lines.subList(1, lines.size())) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.add(new String[] {header.substring(0, colon).strip(), header.substring(colon + 1).strip()});
            }
        }
        return new RequestHead(request[0].toUpperCase(Locale.ROOT), request[1], headers);
    }

    /** The body's length: 0 when none is announced, -1 when it is chunked (not forwarded). */
    long contentLength() {
        long length = 0;
        for (String[] header : headers) {
            String name = header[0].toLowerCase(Locale.ROOT);
            if (name.equals("transfer-encoding")) {
                return -1;
            }
            if (name.equals("content-length")) {
                try {
                    length = Long.parseLong(header[1]);
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return length;
    }

    /** The head as the origin server gets it: path-only request line, no hop-by-hop headers, one request. */
    String originForm(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        StringBuilder head = new StringBuilder(method).append(' ').append(path)
                .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.1\r\n");
        boolean host = false;
        for (String[] header : headers) {
            String name = header[0].toLowerCase(Locale.ROOT);
            if (HOP_BY_HOP.contains(name)) {
                continue;
            }
            host |= name.equals("host");
            head.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
        if (!host) {
            head.append("Host: ").append(uri.getRawAuthority()).append("\r\n");
        }
        return head.append("Connection: close\r\n\r\n").toString();
    }
}
