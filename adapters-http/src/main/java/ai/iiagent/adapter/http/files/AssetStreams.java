package ai.iiagent.adapter.http.files;

import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.ObjectContent;
import ai.iiagent.port.in.files.AssetContent;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** An opened asset as an HTTP response: 200 or 206, length, type, disposition; the stream is closed after copying. */
public final class AssetStreams {

    private AssetStreams() {
    }

    public static Response of(AssetContent opened, boolean inline) {
        Asset asset = opened.asset();
        ObjectContent content = opened.content();
        StreamingOutput body = output -> {
            try (opened) {
                content.stream().transferTo(output);
            }
        };
        Response.ResponseBuilder response = content.range() == null ? Response.ok(body)
                : Response.status(206).entity(body).header("Content-Range", "bytes " + content.range().first() + "-"
                + content.range().last() + "/" + content.totalSize());
        return response.type(asset.contentType().value())
                .header("Content-Length", content.length())
                .header("Accept-Ranges", "bytes")
                .header("Content-Disposition", disposition(inline && safeInline(asset.contentType().value()) ? "inline" : "attachment",
                        asset.fileName().value()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** Types a browser renders without running script; HTML, SVG and the like are always downloaded. */
    static boolean safeInline(String type) {
        return type.startsWith("image/") && !type.contains("svg") || type.startsWith("video/") || type.startsWith("audio/")
                || type.equals("application/pdf") || type.equals("text/plain");
    }

    /** The plain name keeps only safe characters; the full name goes in {@code filename*} (RFC 6266). */
    static String disposition(String kind, String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
