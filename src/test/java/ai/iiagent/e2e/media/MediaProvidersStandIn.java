package ai.iiagent.e2e.media;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * One WireMock on loopback playing Google's Gemini API, fal.ai's queue and its media host (recorded
 * answers under transcripts/media-e2e) and ElevenLabs; the app gets keys for all three, their base
 * URLs pointing here, and may download results from exactly this address and port.
 */
public class MediaProvidersStandIn implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        String base = "http://127.0.0.1:" + server.port();
        server.stubFor(post(urlEqualTo("/v1beta/models/gemini-2.5-flash-image:generateContent"))
                .withRequestBody(containing("a lighthouse")).willReturn(json(read("gemini-image.json")
                        .replace("${image}", Base64.getEncoder().encodeToString(png(1344, 768))))));
        server.stubFor(post(urlEqualTo("/v1beta/models/gemini-2.5-flash-image:generateContent"))
                .withRequestBody(containing("forbidden")).willReturn(json(read("gemini-prompt-blocked.json"))));
        Map<String, String> fal = Map.of("${base}", base, "${app}", "fal-ai/flux", "${request}",
                "0f9a2b7c-3d4e-4f5a-8b6c-7d8e9f0a1b2c", "${media}", base, "${width}", "1024", "${height}", "768",
                "${prompt}", "a harbour at noon");
        server.stubFor(post(urlEqualTo("/fal-ai/flux/schnell")).willReturn(json(fill(read("queue-submitted.json"), fal))));
        server.stubFor(get(urlEqualTo("/fal-ai/flux/requests/0f9a2b7c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/status"))
                .willReturn(json(fill(read("status-completed.json"), fal))));
        server.stubFor(get(urlEqualTo("/fal-ai/flux/requests/0f9a2b7c-3d4e-4f5a-8b6c-7d8e9f0a1b2c"))
                .willReturn(json(fill(read("flux-result.json"), fal))));
        server.stubFor(get(urlEqualTo("/files/rabbit/Qx3x0vQ8f1N3mYp2c7uZb.png")).willReturn(aResponse()
                .withHeader("Content-Type", "image/png").withBody(png(1024, 768))));
        return Map.of("media.google-api-key", "AIzaSyStandInKey", "media.google-base-url", base,
                "media.fal-api-key", "stand-in-id:stand-in-secret", "media.fal-base-url", base,
                "media.elevenlabs-api-key", "sk_stand_in", "media.elevenlabs-base-url", base,
                "media.poll-interval", "PT0.05S", "media.download-allowed-internal", "127.0.0.1:" + server.port());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String fill(String text, Map<String, String> values) {
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace(value.getKey(), value.getValue());
        }
        return text;
    }

    private static String read(String name) {
        try (InputStream in = MediaProvidersStandIn.class.getResourceAsStream("/transcripts/media-e2e/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 110, 170));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
