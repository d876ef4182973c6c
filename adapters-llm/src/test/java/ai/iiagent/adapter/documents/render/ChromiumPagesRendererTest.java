package ai.iiagent.adapter.documents.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.iiagent.port.out.documents.RenderFailedException;
import ai.iiagent.port.out.documents.RenderProgress;
import ai.iiagent.port.out.documents.RenderRequest;
import ai.iiagent.port.out.documents.RenderUnavailableException;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The renderer on the host's real Chromium: page geometry, text, order, progress, isolation, failure. */
class ChromiumPagesRendererTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private static ChromiumPagesRenderer renderer;
    private static HttpServer canary;
    private static final AtomicInteger canaryHits = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        // bin/test installs Chromium; without it these tests would prove nothing, so they must not pass silently
        assertThat(Files.isExecutable(CHROMIUM)).as("Chromium at " + CHROMIUM + " (bin/test installs it)").isTrue();
        renderer = new ChromiumPagesRenderer(CHROMIUM, Duration.ofSeconds(5), Duration.ofSeconds(30));
        canary = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        canary.createContext("/", exchange -> {
            canaryHits.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        canary.start();
    }

    @AfterAll
    static void stop() {
        renderer.close();
        canary.stop(0);
    }

    @Test
    void tenSlidesBecomeTenSixteenByNinePdfPagesWithTheirTextInOrder() throws IOException {
        List<String> slides = IntStream.rangeClosed(1, 10).mapToObj(ChromiumPagesRendererTest::slide).toList();
        List<int[]> progress = new ArrayList<>();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();

        renderer.renderPdf(RenderRequest.slides(slides), pdf, (done, total) -> progress.add(new int[] {done, total}));

        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(10);
            for (int i = 0; i < 10; i++) {
                PDRectangle box = document.getPage(i).getMediaBox();
                assertThat(box.getWidth() / box.getHeight()).isCloseTo(16f / 9f, org.assertj.core.data.Offset.offset(0.01f));
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                assertThat(stripper.getText(document)).contains("Slide number " + (i + 1) + " of the deck");
            }
        }
        assertThat(progress).extracting(p -> p[0]).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(progress).extracting(p -> p[1]).containsOnly(10);
    }

    @Test
    void pngsComeOnePerPageAtTheRequestedSizeShowingThePage() throws IOException {
        Map<Integer, byte[]> pngs = new TreeMap<>();

        renderer.renderPngs(new RenderRequest(List.of(solid("#ff0000"), solid("#0000ff")), 640, 360),
                pngs::put, RenderProgress.NONE);

        assertThat(pngs).containsOnlyKeys(0, 1);
        BufferedImage red = ImageIO.read(new ByteArrayInputStream(pngs.get(0)));
        BufferedImage blue = ImageIO.read(new ByteArrayInputStream(pngs.get(1)));
        assertThat(red.getWidth()).isEqualTo(640);
        assertThat(red.getHeight()).isEqualTo(360);
        assertThat(red.getRGB(320, 180) & 0xffffff).isEqualTo(0xff0000);
        assertThat(blue.getRGB(320, 180) & 0xffffff).isEqualTo(0x0000ff);
    }

    @Test
    void aPageCannotReachTheNetworkOrReadHostFiles() throws IOException {
        String host = Files.readString(Path.of("/etc/hostname")).trim();
        String probe = "http://127.0.0.1:" + canary.getAddress().getPort() + "/leak";
        String page = "<html><body><h1>Isolated page</h1>"
                + "<img src='" + probe + "/img'><link rel=stylesheet href='" + probe + "/css'>"
                + "<iframe src='file:///etc/hostname'></iframe>"
                + "<script>fetch('" + probe + "/fetch').catch(()=>{});"
                + "try{new WebSocket('ws://127.0.0.1:" + canary.getAddress().getPort() + "/ws')}catch(e){}"
                + "navigator.sendBeacon && navigator.sendBeacon('" + probe + "/beacon');</script></body></html>";
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();

        renderer.renderPdf(RenderRequest.slides(List.of(page)), pdf, RenderProgress.NONE);

        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Isolated page");
            assertThat(text).doesNotContain(host);
        }
        assertThat(canaryHits.get()).as("requests that reached the loopback canary").isZero();
    }

    @Test
    void aPageThatNeverFinishesLoadingFailsAndTheNextRenderStillWorks() {
        String hanging = "<html><body>hang<script>while(true){}</script></body></html>";

        assertThatThrownBy(() -> renderer.renderPdf(RenderRequest.slides(List.of(slide(1), hanging)),
                new ByteArrayOutputStream(), RenderProgress.NONE))
                .isInstanceOf(RenderFailedException.class)
                .satisfies(e -> assertThat(((RenderFailedException) e).pageIndex()).isEqualTo(1));

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        renderer.renderPdf(RenderRequest.slides(List.of(slide(2))), pdf, RenderProgress.NONE);
        assertThat(pdf.toByteArray()).startsWith("%PDF".getBytes());
    }

    @Test
    void withoutChromiumRendersAreRefusedWithTheReason() {
        ChromiumPagesRenderer missing = new ChromiumPagesRenderer(Path.of("/nonexistent/chromium"),
                Duration.ofSeconds(5), Duration.ofSeconds(5));
        try {
            assertThat(missing.availability().available()).isFalse();
            assertThat(missing.availability().reason()).contains("apt-get install chromium");
            assertThatThrownBy(() -> missing.renderPdf(RenderRequest.slides(List.of(slide(1))),
                    new ByteArrayOutputStream(), RenderProgress.NONE))
                    .isInstanceOf(RenderUnavailableException.class).hasMessageContaining("/nonexistent/chromium");
        } finally {
            missing.close();
        }
    }

    @Test
    void requestsOutsideTheBoundsAreRefusedBeforeAnyRender() {
        assertThatThrownBy(() -> RenderRequest.slides(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RenderRequest(List.of("x"), 50, 720)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RenderRequest.slides(List.of("x".repeat(RenderRequest.MAX_PAGE_CHARS + 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String slide(int number) {
        return "<!doctype html><html><head><style>body{margin:0;width:1280px;height:720px;"
                + "background:#123;color:#fff;font:48px sans-serif;display:flex;align-items:center;"
                + "justify-content:center}</style></head><body><p>Slide number " + number
                + " of the deck</p></body></html>";
    }

    private static String solid(String colour) {
        return "<html><body style='margin:0;background:" + colour + "'></body></html>";
    }
}
