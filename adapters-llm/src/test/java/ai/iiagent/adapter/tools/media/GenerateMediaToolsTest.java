package ai.iiagent.adapter.tools.media;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.adapter.media.offline.EspeakSpeechGenerator;
import ai.iiagent.adapter.media.offline.FfmpegVideoGenerator;
import ai.iiagent.adapter.media.offline.Ffprobe;
import ai.iiagent.adapter.media.offline.OfflineImageGenerator;
import ai.iiagent.adapter.sandbox.local.BubblewrapSandbox;
import ai.iiagent.adapter.sandbox.local.BubblewrapSandboxConfig;
import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.MediaPriceTable;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * generate_image, generate_video and generate_speech on the offline generators and a real bubblewrap
 * sandbox: the files land in the workspace and are handed to the user, priced by the media price
 * table; bad arguments and a missing binary are error results that cost nothing and write nothing.
 */
class GenerateMediaToolsTest {

    private final Path root = Path.of("/tmp", "ii-agent-media-tool-" + UUID.randomUUID(), "sandboxes");
    private final BubblewrapSandbox sandbox = new BubblewrapSandbox(BubblewrapSandboxConfig.defaults(root));
    private final SessionId session = SessionId.random();
    private final CreditReservation reservation = CreditAccount.open(UserId.random())
            .reserve(Credits.ZERO, 0, BillingSubject.NONE, "media-tool-test", Instant.now()).reservation();
    private final MediaPriceTable prices = MediaPriceTable.builtInOnly();
    private final GenerateImageTool image = new GenerateImageTool(List.of(new OfflineImageGenerator()), prices, sandbox,
            Duration.ofSeconds(60));
    private final GenerateVideoTool video = new GenerateVideoTool(List.of(new FfmpegVideoGenerator(Duration.ofSeconds(60))),
            prices, sandbox, 10, Duration.ofSeconds(120));

    @AfterEach
    void cleanUp() throws IOException {
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
    void givenAPrompt_thenAWidePngIsInTheWorkspaceAndHandedToTheUser_pricedPerImage() throws IOException {
        ToolOutcome outcome = image.run(call(Map.of("prompt", "a lighthouse", "output_path", "/workspace/art/light",
                "aspect_ratio", "16:9")));

        assertThat(outcome.error()).as(outcome.text()).isFalse();
        byte[] saved = sandbox.readFile(session, "art/light.png", reservation);
        var picture = ImageIO.read(new ByteArrayInputStream(saved));
        assertThat(picture.getWidth()).isEqualTo(1024);
        assertThat(picture.getHeight()).isEqualTo(576);
        assertThat(outcome.files()).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("light.png");
            assertThat(file.contentType()).isEqualTo("image/png");
            assertThat(file.content()).isEqualTo(saved);
        });
        assertThat(outcome.cost()).isEqualTo(Credits.fromUsd(new BigDecimal("0.001")));
        assertThat(image.maxCost()).isEqualTo(outcome.cost());
        assertThat(outcome.display()).containsEntry("model", "offline-image").containsEntry("offline", true)
                .containsEntry("prompt", "a lighthouse").containsEntry("path", "art/light.png");
    }

    @Test
    void givenAVideoFromAWorkspaceImage_thenAnMp4OfTheAskedLength_pricedPerSecond() {
        image.run(call(Map.of("prompt", "first frame", "output_path", "start.png")));

        ToolOutcome outcome = video.run(call(Map.of("prompt", "zoom", "output_path", "clips/zoom.mp4",
                "duration_seconds", 2, "input_image_path", "/workspace/start.png")));

        assertThat(outcome.error()).as(outcome.text()).isFalse();
        byte[] saved = sandbox.readFile(session, "clips/zoom.mp4", reservation);
        assertThat(Ffprobe.seconds(saved)).isBetween(1.8, 2.2);
        assertThat(Ffprobe.probe(saved, "stream=width,height")).isEqualTo("640,360");
        assertThat(outcome.cost()).isEqualTo(Credits.fromUsd(new BigDecimal("0.002")));
        assertThat(video.maxCost()).isEqualTo(Credits.fromUsd(new BigDecimal("0.010")));
    }

    @Test
    void givenBadArguments_thenErrorResultsThatCostNothing_andNothingIsWritten() {
        List<Map<String, Object>> bad = List.of(
                Map.of("prompt", "  ", "output_path", "a.png"),
                Map.of("prompt", "x".repeat(MediaArguments.MAX_PROMPT_CHARS + 1), "output_path", "a.png"),
                Map.of("prompt", "cat", "output_path", "/etc/passwd"),
                Map.of("prompt", "cat", "output_path", "../outside.png"),
                Map.of("prompt", "cat", "output_path", "a.png", "aspect_ratio", "7:1"),
                Map.of("prompt", "cat", "output_path", "a.png", "model_name", "dall-e-9"),
                Map.of("prompt", "cat", "output_path", "a.png", "provider", "nowhere"));
        for (Map<String, Object> arguments : bad) {
            ToolOutcome outcome = image.run(call(arguments));
            assertThat(outcome.error()).as(arguments.toString()).isTrue();
            assertThat(outcome.cost()).isEqualTo(Credits.ZERO);
            assertThat(outcome.files()).isEmpty();
        }
        ToolOutcome tooLong = video.run(call(Map.of("prompt", "long", "output_path", "v.mp4", "duration_seconds", 3600)));
        assertThat(tooLong.text()).contains("duration_seconds must be between 1 and 10");
        ToolOutcome missingFrame = video.run(call(Map.of("prompt", "x", "output_path", "v.mp4",
                "input_image_path", "nope.png")));
        assertThat(missingFrame.text()).contains("does not exist");
        assertThat(image.run(call(Map.of("prompt", "ok", "output_path", "ok.png"))).error()).isFalse();
    }

    @Test
    void givenFfmpegIsMissing_thenGenerateVideoSaysSo_andCostsNothing() {
        GenerateVideoTool without = new GenerateVideoTool(List.of(new FfmpegVideoGenerator(Duration.ofSeconds(5),
                "ffmpeg-absent")), prices, sandbox, 10, Duration.ofSeconds(30));

        ToolOutcome outcome = without.run(call(Map.of("prompt", "x", "output_path", "v.mp4")));

        assertThat(outcome.error()).isTrue();
        assertThat(outcome.text()).contains("unavailable", "ffmpeg-absent is not installed");
        assertThat(outcome.cost()).isEqualTo(Credits.ZERO);
    }

    @Test
    void givenText_thenGenerateSpeechSavesAnMp3_pricedPerCharacter() {
        GenerateSpeechTool speech = new GenerateSpeechTool(List.of(new EspeakSpeechGenerator(Duration.ofSeconds(30))),
                prices, sandbox, Duration.ofSeconds(60));

        ToolOutcome outcome = speech.run(call(Map.of("text", "Hello there", "output_path", "audio/hello")));

        assertThat(outcome.error()).as(outcome.text()).isFalse();
        assertThat(outcome.files()).singleElement().satisfies(file -> {
            assertThat(file.path()).isEqualTo("audio/hello.mp3");
            assertThat(file.contentType()).isEqualTo("audio/mpeg");
        });
        assertThat(outcome.cost()).isEqualTo(Credits.fromUsd(new BigDecimal("0.000011")));
    }

    private ToolInvocation call(Map<String, Object> arguments) {
        return new ToolInvocation(UserId.random(), session, RunId.random(), "call-1", arguments, Map.of(), reservation);
    }
}
