package ai.iiagent.adapter.tools.web;

import ai.iiagent.domain.agents.ImagePart;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.port.out.web.FetchedImage;
import ai.iiagent.port.out.web.RemoteImagePaidToolPort;
import ai.iiagent.port.out.web.WebToolFailedException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code read_remote_image {url}}: fetches an image from a public URL (SSRF rules, size and type
 * limits), saves it in the workspace under {@value #FOLDER} and returns it as an image part: the
 * runtime shows it to a vision model and replaces it with a note for any other (as for {@code Read}).
 * Billable through the image port (zero for the built-in fetcher); the file write uses the same hold.
 */
public final class ReadRemoteImageTool implements AgentTool {

    static final String FOLDER = "downloads/images";
    private static final int MAX_URL_CHARS = 4096;
    private static final ToolSpec SPEC = new ToolSpec("read_remote_image",
            "Fetch an image (PNG, JPEG, GIF or WebP) from a public http(s) URL and save it in your workspace.",
            Map.of("type", "object", "required", List.of("url"), "properties", Map.of(
                    "url", Map.of("type", "string", "description", "the image's http(s) URL"))));

    private final RemoteImagePaidToolPort images;
    private final SandboxWorkspacePort sandbox;
    private final Credits pricePerCall;
    private final Duration timeout;

    public ReadRemoteImageTool(RemoteImagePaidToolPort images, SandboxWorkspacePort sandbox, Credits pricePerCall,
                               Duration fetchTimeout) {
        this.images = images;
        this.sandbox = sandbox;
        this.pricePerCall = pricePerCall;
        this.timeout = fetchTimeout.plusSeconds(15); // the fetch's own limit fires first; the write may start a sandbox
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Credits maxCost() {
        return pricePerCall;
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        if (!(invocation.arguments().get("url") instanceof String url) || url.isBlank() || url.length() > MAX_URL_CHARS) {
            return ToolOutcome.failed("url must be an http(s) URL of at most " + MAX_URL_CHARS + " characters");
        }
        FetchedImage image;
        try {
            image = images.fetchImage(url.strip(), invocation.reservation());
        } catch (WebToolFailedException e) {
            return new ToolOutcome("read_remote_image failed: " + e.getMessage(), Map.of("url", url.strip(),
                    "error", e.kind().name().toLowerCase(Locale.ROOT)), true);
        }
        String path = FOLDER + "/" + fileName(image);
        sandbox.writeFile(invocation.sessionId(), path, image.bytes(), invocation.reservation());
        String size = image.width() > 0 ? image.width() + "×" + image.height() + " px, " : "";
        String text = "Fetched " + image.finalUrl() + ": " + image.mediaType() + ", " + size + kib(image.bytes().length)
                + ". Saved as /workspace/" + path + ".";
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("url", image.requestedUrl());
        display.put("final_url", image.finalUrl());
        display.put("media_type", image.mediaType());
        display.put("bytes", image.bytes().length);
        display.put("width", image.width());
        display.put("height", image.height());
        display.put("path", "/workspace/" + path);
        return new ToolOutcome(text, display, false, image.cost(), List.of(),
                List.of(ImagePart.of(path.substring(FOLDER.length() + 1), image.mediaType(), image.bytes())));
    }

    /** The URL's last path segment made safe, with a short hash of the URL so two images never collide. */
    static String fileName(FetchedImage image) {
        String segment = "";
        try {
            String rawPath = URI.create(image.finalUrl()).getPath();
            if (rawPath != null) {
                segment = rawPath.substring(rawPath.lastIndexOf('/') + 1);
            }
        } catch (IllegalArgumentException e) {
            segment = "";
        }
        int dot = segment.lastIndexOf('.');
        String stem = (dot > 0 ? segment.substring(0, dot) : segment).replaceAll("[^A-Za-z0-9_-]", "_");
        stem = stem.isBlank() ? "image" : stem.length() > 60 ? stem.substring(0, 60) : stem;
        String extension = switch (image.mediaType()) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            case "image/gif" -> "gif";
            default -> "webp";
        };
        return stem + "-" + shortHash(image.finalUrl()) + "." + extension;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String kib(int bytes) {
        return bytes >= 1024 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }
}
