package ai.iiagent.adapter.media;

import ai.iiagent.adapter.media.offline.FfmpegVideoGenerator;
import ai.iiagent.adapter.net.FetchLimits;
import ai.iiagent.adapter.net.GuardedHttpClient;
import ai.iiagent.adapter.net.SsrfGuard;
import ai.iiagent.port.out.media.AspectRatio;
import ai.iiagent.port.out.media.VideoGenerationRequest;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * What the provider stand-ins serve: the recorded answers under {@code transcripts/media/} with their
 * variable parts filled in (${name}), real PNGs and real MP4 clips (made by the host's ffmpeg, as the
 * provider would send its own), and a downloader whose SSRF guard lets exactly the given WireMock
 * servers through (loopback is internal; production allows nothing of the kind).
 */
public final class MediaStandIns {

    private static final Map<String, byte[]> CLIPS = new ConcurrentHashMap<>();

    private MediaStandIns() {
    }

    public static String transcript(String name, Map<String, String> values) {
        try (InputStream in = MediaStandIns.class.getResourceAsStream("/transcripts/media/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no transcript " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("${" + value.getKey() + "}", value.getValue());
            }
            if (text.contains("${")) {
                throw new IllegalArgumentException(name + " has unfilled parts: " + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's base URL by address (the SSRF guard refuses the name "localhost"). */
    public static String base(WireMockServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 120, 40));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A real H.264 MP4 of {@code seconds} seconds (16:9, 640x360). */
    public static byte[] clip(int seconds) {
        return CLIPS.computeIfAbsent("clip-" + seconds, key -> new FfmpegVideoGenerator(Duration.ofSeconds(60))
                .generate(new VideoGenerationRequest("stand-in clip", AspectRatio.LANDSCAPE, seconds, null, null), null)
                .content());
    }

    /** A downloader that may reach exactly these servers on loopback (and resolves no names). */
    public static ResultDownloader downloader(WireMockServer... servers) {
        SsrfGuard guard = new SsrfGuard(name -> {
            throw new UnknownHostException(name);
        }, Arrays.stream(servers).map(server -> "127.0.0.1:" + server.port()).collect(Collectors.toSet()));
        return new ResultDownloader(new GuardedHttpClient(guard, new FetchLimits(Duration.ofSeconds(2),
                Duration.ofSeconds(10), 50L * 1024 * 1024, 3, "ii-agent-test")));
    }
}
