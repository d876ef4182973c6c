package ai.iiagent.adapter.tools.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.adapter.net.FetchLimits;
import ai.iiagent.adapter.net.GuardedHttpClient;
import ai.iiagent.adapter.net.SsrfGuard;
import ai.iiagent.adapter.sandbox.local.BubblewrapSandbox;
import ai.iiagent.adapter.sandbox.local.BubblewrapSandboxConfig;
import ai.iiagent.adapter.tools.web.fetch.HttpImageFetcher;
import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * read_remote_image against a WireMock image host and a real bubblewrap sandbox: an allowed image
 * lands in the workspace (the shell sees the same bytes); internal addresses, redirects inside, SVG,
 * HTML and over-large images are refused and nothing is written.
 */
class ReadRemoteImageToolTest {

    private final WireMockServer host = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final Path root = Path.of("/tmp", "ii-agent-image-tool-" + UUID.randomUUID(), "sandboxes");
    private final BubblewrapSandbox sandbox = new BubblewrapSandbox(BubblewrapSandboxConfig.defaults(root));
    private final SessionId session = SessionId.random();
    private final CreditReservation reservation = CreditAccount.open(UserId.random())
            .reserve(Credits.ZERO, 0, BillingSubject.NONE, "image-tool-test", Instant.now()).reservation();
    private ReadRemoteImageTool tool;

    @BeforeEach
    void start() {
        host.start();
        GuardedHttpClient http = new GuardedHttpClient(new SsrfGuard(name -> {
            throw new java.net.UnknownHostException(name);
        }, Set.of("127.0.0.1:" + host.port())), new FetchLimits(Duration.ofSeconds(1), Duration.ofSeconds(5), 64 * 1024, 3,
                "ii-agent-test"));
        tool = new ReadRemoteImageTool(new HttpImageFetcher(http, Credits.ZERO), sandbox, Credits.ZERO, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() throws IOException {
        host.stop();
        sandbox.destroy(session);
        sandbox.shells().close();
        if (Files.exists(root.getParent())) {
            try (Stream<Path> all = Files.walk(root.getParent())) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void givenAPublicPng_thenItIsSavedInTheWorkspace_andReturnedAsAnImagePartForTheModel() throws Exception {
        byte[] png = png(64, 32);
        serve("/img/chart.png?v=2", "image/png", png);

        ToolOutcome outcome = call(base() + "/img/chart.png?v=2");

        assertThat(outcome.error()).isFalse();
        String path = (String) outcome.display().get("path");
        assertThat(path).startsWith("/workspace/downloads/images/chart-").endsWith(".png");
        assertThat(outcome.text()).startsWith("Fetched " + base() + "/img/chart.png?v=2: image/png, 64×32 px, ")
                .endsWith("Saved as " + path + ".");
        assertThat(outcome.images()).singleElement().satisfies(image -> {
            assertThat(image.mediaType()).isEqualTo("image/png");
            assertThat(java.util.Base64.getDecoder().decode(image.base64())).isEqualTo(png);
            assertThat(path).endsWith(image.name());
        });
        assertThat(outcome.display()).containsEntry("media_type", "image/png").containsEntry("width", 64)
                .containsEntry("bytes", png.length);
        assertThat(shell("wc -c < " + path).strip()).isEqualTo(String.valueOf(png.length));
    }

    @Test
    void givenAnImageWithTheWrongType_thenItsBytesDecide() throws Exception {
        serve("/photo", "application/octet-stream", jpeg());

        ToolOutcome outcome = call(base() + "/photo");

        assertThat(outcome.error()).isFalse();
        assertThat(outcome.display()).containsEntry("media_type", "image/jpeg");
        assertThat((String) outcome.display().get("path")).endsWith(".jpg");
    }

    @Test
    void givenInternalAddressesOrRedirectsThere_thenTheyAreRefused_withoutAnyRequest() throws Exception {
        host.stubFor(get(urlEqualTo("/hop")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://169.254.169.254/latest/meta-data/iam/")));

        ToolOutcome metadata = call("http://169.254.169.254/latest/meta-data/");
        ToolOutcome privateNet = call("http://10.0.0.7/logo.png");
        ToolOutcome otherPort = call("http://127.0.0.1:" + (host.port() == 65535 ? 1 : host.port() + 1) + "/a.png");
        ToolOutcome hop = call(base() + "/hop");

        for (ToolOutcome refused : new ToolOutcome[] {metadata, privateNet, otherPort, hop}) {
            assertThat(refused.error()).isTrue();
            assertThat(refused.images()).isEmpty();
            assertThat(refused.text()).startsWith("read_remote_image failed: ");
            assertThat(refused.display()).containsEntry("error", "destination_refused");
        }
        assertThat(metadata.text()).contains("cloud metadata");
        assertThat(shell("ls downloads 2>&1 || true")).contains("No such file");
    }

    @Test
    void givenSvgHtmlOrAnImageOverTheLimit_thenNothingIsSaved() throws Exception {
        serve("/logo.svg", "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes());
        serve("/page", "text/html", "<html><body>not an image</body></html>".getBytes());
        serve("/huge.png", "image/png", png(1200, 1200, true));

        ToolOutcome svg = call(base() + "/logo.svg");
        ToolOutcome html = call(base() + "/page");
        ToolOutcome huge = call(base() + "/huge.png");

        assertThat(svg.text()).contains("is not a PNG, JPEG, GIF or WebP image").contains("SVG is not read");
        assertThat(html.text()).contains("it is text/html");
        assertThat(huge.text()).contains("is larger than the image limit");
        assertThat(svg.error() && html.error() && huge.error()).isTrue();
        assertThat(shell("ls downloads 2>&1 || true")).contains("No such file");
    }

    private ToolOutcome call(String url) {
        return tool.run(new ToolInvocation(UserId.random(), session, RunId.random(), "call_1", Map.of("url", url), Map.of(),
                reservation));
    }

    private String shell(String command) {
        return sandbox.run(session, new CommandRequest(command, Duration.ofSeconds(10), 65536), reservation).stdout();
    }

    private void serve(String path, String contentType, byte[] body) {
        host.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", contentType)
                .withBody(body)));
    }

    private String base() {
        return "http://127.0.0.1:" + host.port();
    }

    private static byte[] png(int width, int height) throws IOException {
        return png(width, height, false);
    }

    /** Noise does not compress, so a large noisy PNG is reliably over the 64 KiB test limit. */
    private static byte[] png(int width, int height, boolean noise) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, noise ? random.nextInt() : (x * 4) << 16 | (y * 8));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }
}
