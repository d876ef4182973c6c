package ai.iiagent.adapter.tools.media;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.adapter.media.offline.FfmpegVideoEditor;
import ai.iiagent.adapter.media.offline.FfmpegVideoGenerator;
import ai.iiagent.adapter.media.offline.Ffprobe;
import ai.iiagent.adapter.media.offline.OfflineImageGenerator;
import ai.iiagent.adapter.sandbox.local.BubblewrapSandbox;
import ai.iiagent.adapter.sandbox.local.BubblewrapSandboxConfig;
import ai.iiagent.domain.content.MediaCatalogue;
import ai.iiagent.domain.content.MediaCategory;
import ai.iiagent.port.out.media.MediaKind;
import ai.iiagent.port.out.media.MediaPromptTemplate;
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
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Issue 18's chat media modes on the offline generators, the host's ffmpeg and a real bubblewrap
 * sandbox: video extension (from the earlier clip's last frame), start and end frames, template and
 * manga prompts, concatenate_videos and extract_frames — outputs measured with ffprobe and compared
 * pixel by pixel, each billed at its price; bad input is an error result that costs nothing.
 */
class MediaModesAndEditingToolsTest {

    private final Path root = Path.of("/tmp", "ii-agent-media-modes-" + UUID.randomUUID(), "sandboxes");
    private final BubblewrapSandbox sandbox = new BubblewrapSandbox(BubblewrapSandboxConfig.defaults(root));
    private final SessionId session = SessionId.random();
    private final SessionId otherSession = SessionId.random();
    private final CreditReservation reservation = CreditAccount.open(UserId.random())
            .reserve(Credits.ZERO, 0, BillingSubject.NONE, "media-modes-test", Instant.now()).reservation();
    private final MediaPriceTable prices = MediaPriceTable.builtInOnly();
    private final FfmpegVideoEditor editor = new FfmpegVideoEditor(Duration.ofSeconds(60));
    private final GenerateImageTool image = new GenerateImageTool(List.of(new OfflineImageGenerator()), prices, sandbox,
            Duration.ofSeconds(60), MediaModesAndEditingToolsTest::template);
    private final GenerateVideoTool video = new GenerateVideoTool(List.of(new FfmpegVideoGenerator(Duration.ofSeconds(60))),
            prices, sandbox, 10, Duration.ofSeconds(120), editor, MediaModesAndEditingToolsTest::template);
    private final ConcatenateVideosTool concatenate = new ConcatenateVideosTool(editor, prices, sandbox,
            Duration.ofSeconds(120));
    private final ExtractFramesTool extract = new ExtractFramesTool(editor, prices, sandbox, Duration.ofSeconds(120));
    private static final Credits ONE_OPERATION = Credits.fromUsd(new BigDecimal("0.001"));

    @AfterEach
    void cleanUp() throws IOException {
        sandbox.destroy(session);
        sandbox.destroy(otherSession);
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
    void givenAnEarlierClip_thenTheExtensionStartsOnItsLastFrame() {
        ok(video.run(call(Map.of("prompt", "a red balloon rising", "output_path", "clips/first.mp4", "duration_seconds", 2))));

        ToolOutcome outcome = ok(video.run(call(Map.of("prompt", "the balloon drifts away", "output_path",
                "clips/second.mp4", "duration_seconds", 1, "source_video_path", "/workspace/clips/first.mp4"))));

        byte[] first = read("clips/first.mp4");
        byte[] second = read("clips/second.mp4");
        assertThat(Ffprobe.seconds(second)).isBetween(0.9, 1.2);
        assertThat(Ffprobe.probe(second, "stream=width,height")).isEqualTo("640,360");
        assertThat(outcome.display()).containsEntry("extends", "/workspace/clips/first.mp4");
        assertThat(outcome.cost()).isEqualTo(Credits.fromUsd(new BigDecimal("0.001")));
        BufferedImage endOfFirst = png(editor.lastFrame(first, reservation));
        BufferedImage startOfSecond = png(editor.frames(second, List.of(0.0), reservation).getFirst());
        BufferedImage startOfFirst = png(editor.frames(first, List.of(0.0), reservation).getFirst());
        assertThat(difference(endOfFirst, startOfSecond)).isLessThan(12);
        // the comparison can fail: a painted clip's own start differs from where it ends
        assertThat(difference(startOfFirst, startOfSecond)).isGreaterThan(difference(endOfFirst, startOfSecond) + 3);
    }

    @Test
    void givenStartAndEndFrames_thenTheClipStartsOnOneAndEndsOnTheOther() {
        ok(image.run(call(Map.of("prompt", "a green meadow", "output_path", "start.png", "aspect_ratio", "16:9"))));
        ok(image.run(call(Map.of("prompt", "a purple night sky with stars", "output_path", "end.png", "aspect_ratio",
                "16:9"))));

        ok(video.run(call(Map.of("prompt", "day turns to night", "output_path", "dusk.mp4", "duration_seconds", 2,
                "input_image_path", "start.png", "end_image_path", "/workspace/end.png"))));

        byte[] clip = read("dusk.mp4");
        assertThat(Ffprobe.probe(clip, "stream=nb_frames")).isEqualTo("16");
        BufferedImage start = scaled(png(read("start.png")));
        BufferedImage end = scaled(png(read("end.png")));
        BufferedImage first = png(editor.frames(clip, List.of(0.0), reservation).getFirst());
        BufferedImage last = png(editor.lastFrame(clip, reservation));
        assertThat(difference(first, start)).isLessThan(difference(first, end));
        assertThat(difference(last, end)).isLessThan(12).isLessThan(difference(last, start));

        ToolOutcome both = video.run(call(Map.of("prompt", "x", "output_path", "v.mp4", "input_image_path", "start.png",
                "source_video_path", "dusk.mp4")));
        assertThat(both.error()).isTrue();
        assertThat(both.text()).contains("not both");
    }

    @Test
    void givenATemplateOrMangaStyle_thenThePromptIsShapedAndTheTemplatesShapeIsTheDefault() throws IOException {
        ToolOutcome cinematic = ok(image.run(call(Map.of("prompt", "a harbour at dawn", "output_path", "still.png",
                "template_id", "cinematic-still"))));
        assertThat((String) cinematic.display().get("prompt")).startsWith("Cinematic wide shot of a harbour at dawn,");
        assertThat(cinematic.display()).containsEntry("template_id", "cinematic-still").containsEntry("aspect_ratio", "16:9");
        assertThat(ImageIO.read(new ByteArrayInputStream(read("still.png"))).getWidth()).isEqualTo(1024);

        ToolOutcome manga = ok(image.run(call(Map.of("prompt", "a cat samurai", "output_path", "manga/page1.png",
                "style", "manga"))));
        assertThat((String) manga.display().get("prompt")).startsWith("Black-and-white manga panel").endsWith("a cat samurai");
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(read("manga/page1.png")));
        assertThat(page.getWidth()).isEqualTo(682);
        assertThat(page.getHeight()).isEqualTo(1024);

        ToolOutcome flyover = ok(video.run(call(Map.of("prompt", "the Alps", "output_path", "fly.mp4",
                "duration_seconds", 1, "template_id", "drone-flyover"))));
        assertThat((String) flyover.display().get("prompt")).startsWith("Smooth drone fly-over of the Alps");

        for (Map<String, Object> bad : List.of(
                Map.<String, Object>of("prompt", "x", "output_path", "a.png", "template_id", "nope"),
                Map.<String, Object>of("prompt", "x", "output_path", "a.png", "template_id", "drone-flyover"),
                Map.<String, Object>of("prompt", "x", "output_path", "a.png", "style", "cubism"))) {
            ToolOutcome outcome = image.run(call(bad));
            assertThat(outcome.error()).as(bad.toString()).isTrue();
            assertThat(outcome.cost()).isEqualTo(Credits.ZERO);
        }
    }

    @Test
    void givenTwoClipsOfDifferentShapes_thenConcatenateJoinsThemInTheFirstOnesShape_forOneOperation() {
        ok(video.run(call(Map.of("prompt", "wide", "output_path", "a.mp4", "duration_seconds", 2))));
        ok(video.run(call(Map.of("prompt", "square", "output_path", "b.mp4", "duration_seconds", 3, "aspect_ratio", "1:1"))));

        ToolOutcome outcome = ok(concatenate.run(call(Map.of("video_paths", List.of("a.mp4", "/workspace/b.mp4"),
                "output_path", "joined/all"))));

        byte[] joined = read("joined/all.mp4");
        assertThat(outcome.files()).singleElement().satisfies(file -> assertThat(file.content()).isEqualTo(joined));
        assertThat(Ffprobe.seconds(joined)).isBetween(4.8, 5.3);
        assertThat(Ffprobe.probe(joined, "stream=width,height")).isEqualTo("640,360");
        int frames = Integer.parseInt(Ffprobe.probe(joined, "stream=nb_frames"));
        assertThat(frames).isBetween(5 * FfmpegVideoEditor.JOINED_FPS - 2, 5 * FfmpegVideoEditor.JOINED_FPS + 2);
        assertThat(outcome.cost()).isEqualTo(ONE_OPERATION);
        assertThat(concatenate.maxCost()).isEqualTo(ONE_OPERATION);
        assertThat(outcome.display()).containsEntry("kind", "video").containsEntry("path", "joined/all.mp4");

        ConcatenateVideosTool shortLimit = new ConcatenateVideosTool(editor, prices, sandbox, Duration.ofSeconds(60), 4);
        ToolOutcome tooLong = shortLimit.run(call(Map.of("video_paths", List.of("a.mp4", "b.mp4"), "output_path", "c.mp4")));
        assertThat(tooLong.text()).contains("at most 4 s");
        assertThat(tooLong.cost()).isEqualTo(Credits.ZERO);
    }

    @Test
    void givenAClip_thenExtractFramesTakesEvenlySpacedOrChosenStills() {
        ok(video.run(call(Map.of("prompt", "a spinning top", "output_path", "top.mp4", "duration_seconds", 3))));

        ToolOutcome even = ok(extract.run(call(Map.of("video_path", "top.mp4", "count", 3, "output_dir", "stills/"))));
        assertThat(even.display()).containsEntry("timestamps", List.of(0.5, 1.5, 2.5));
        assertThat(even.files()).extracting(file -> file.path())
                .containsExactly("stills/frame_01.png", "stills/frame_02.png", "stills/frame_03.png");
        for (String path : List.of("stills/frame_01.png", "stills/frame_02.png", "stills/frame_03.png")) {
            BufferedImage still = png(read(path));
            assertThat(still.getWidth()).isEqualTo(640);
            assertThat(still.getHeight()).isEqualTo(360);
        }
        assertThat(even.cost()).isEqualTo(ONE_OPERATION);

        ToolOutcome chosen = ok(extract.run(call(Map.of("video_path", "/workspace/top.mp4", "timestamps", List.of(0, 3.0),
                "output_dir", "/workspace/ends"))));
        assertThat(chosen.files()).hasSize(2);
        assertThat(difference(png(read("ends/frame_02.png")), png(editor.lastFrame(read("top.mp4"), reservation))))
                .isLessThan(2);
        assertThat(difference(png(read("ends/frame_01.png")), png(read("ends/frame_02.png")))).isGreaterThan(2);

        ToolOutcome atTop = ok(extract.run(call(Map.of("video_path", "top.mp4", "output_dir", "/workspace/"))));
        assertThat(atTop.files()).extracting(file -> file.path()).containsExactly("frame_01.png");
        assertThat(atTop.display()).containsEntry("timestamps", List.of(1.5));
        assertThat(png(read("frame_01.png")).getWidth()).isEqualTo(640);
    }

    @Test
    void givenBadEditingInput_thenErrorResultsThatCostNothing_andOtherSessionsFilesAreOutOfReach() {
        ok(video.run(call(Map.of("prompt", "a", "output_path", "a.mp4", "duration_seconds", 1))));
        ok(image.run(call(Map.of("prompt", "not a video", "output_path", "pic.png"))));
        sandbox.writeFile(otherSession, "theirs.mp4", read("a.mp4"), reservation);

        List<Map<String, Object>> badJoins = List.of(
                Map.of("video_paths", List.of("a.mp4"), "output_path", "x.mp4"),
                Map.of("video_paths", java.util.Collections.nCopies(11, "a.mp4"), "output_path", "x.mp4"),
                Map.of("video_paths", "a.mp4", "output_path", "x.mp4"),
                Map.of("video_paths", List.of("a.mp4", "missing.mp4"), "output_path", "x.mp4"),
                Map.of("video_paths", List.of("a.mp4", "theirs.mp4"), "output_path", "x.mp4"),
                Map.of("video_paths", List.of("a.mp4", "../theirs.mp4"), "output_path", "x.mp4"),
                Map.of("video_paths", List.of("a.mp4", "pic.png"), "output_path", "x.mp4"),
                Map.of("video_paths", List.of("a.mp4", "a.mp4"), "output_path", "/etc/x.mp4"));
        for (Map<String, Object> arguments : badJoins) {
            ToolOutcome outcome = concatenate.run(call(arguments));
            assertThat(outcome.error()).as(arguments.toString()).isTrue();
            assertThat(outcome.cost()).isEqualTo(Credits.ZERO);
            assertThat(outcome.files()).isEmpty();
        }
        List<Map<String, Object>> badFrames = List.of(
                Map.of("video_path", "a.mp4", "count", 50, "output_dir", "f"),
                Map.of("video_path", "a.mp4", "count", 0, "output_dir", "f"),
                Map.of("video_path", "a.mp4", "timestamps", List.of(0.5, 9.0), "output_dir", "f"),
                Map.of("video_path", "a.mp4", "timestamps", List.of(0.5), "count", 2, "output_dir", "f"),
                Map.of("video_path", "a.mp4", "timestamps", List.of("soon"), "output_dir", "f"),
                Map.of("video_path", "pic.png", "count", 1, "output_dir", "f"),
                Map.of("video_path", "theirs.mp4", "count", 1, "output_dir", "f"),
                Map.of("video_path", "a.mp4", "count", 1, "output_dir", "../up"),
                Map.of("video_path", "a.mp4", "count", 1));
        for (Map<String, Object> arguments : badFrames) {
            ToolOutcome outcome = extract.run(call(arguments));
            assertThat(outcome.error()).as(arguments.toString()).isTrue();
            assertThat(outcome.cost()).isEqualTo(Credits.ZERO);
            assertThat(outcome.files()).isEmpty();
        }
        ToolOutcome missingSource = video.run(call(Map.of("prompt", "x", "output_path", "v.mp4",
                "source_video_path", "theirs.mp4")));
        assertThat(missingSource.text()).contains("does not exist");
        ToolOutcome notAVideo = video.run(call(Map.of("prompt", "x", "output_path", "v.mp4", "source_video_path", "pic.png")));
        assertThat(notAVideo.error()).isTrue();
        assertThat(notAVideo.text()).contains("not a readable video");

        FfmpegVideoEditor absent = new FfmpegVideoEditor(Duration.ofSeconds(5), "ffmpeg-absent", "ffprobe");
        ToolOutcome unavailable = new ExtractFramesTool(absent, prices, sandbox, Duration.ofSeconds(5))
                .run(call(Map.of("video_path", "a.mp4", "count", 1, "output_dir", "f")));
        assertThat(unavailable.text()).contains("unavailable", "ffmpeg-absent is not installed");
    }

    /** The built-in catalogue's templates, as the wiring hands them to the tools. */
    private static java.util.Optional<MediaPromptTemplate> template(String id) {
        return MediaCatalogue.template(id).map(t -> new MediaPromptTemplate(t.id(),
                t.type() == MediaCategory.VIDEO ? MediaKind.VIDEO : MediaKind.IMAGE, t.prompt(), t.aspectRatio()));
    }

    private static ToolOutcome ok(ToolOutcome outcome) {
        assertThat(outcome.error()).as(outcome.text()).isFalse();
        return outcome;
    }

    private byte[] read(String path) {
        return sandbox.readFile(session, path, reservation);
    }

    private ToolInvocation call(Map<String, Object> arguments) {
        return new ToolInvocation(UserId.random(), session, RunId.random(), "call-1", arguments, Map.of(), reservation);
    }

    private static BufferedImage png(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(image).as("a decodable picture").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // 1024x576 scaled to the clip's 640x360
    private static BufferedImage scaled(BufferedImage source) {
        BufferedImage target = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        var g = target.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, 640, 360, null);
        g.dispose();
        return target;
    }

    /** The mean absolute difference of two same-sized pictures per colour channel (0..255). */
    private static double difference(BufferedImage a, BufferedImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                sum += Math.abs((p >> 16 & 0xff) - (q >> 16 & 0xff)) + Math.abs((p >> 8 & 0xff) - (q >> 8 & 0xff))
                        + Math.abs((p & 0xff) - (q & 0xff));
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }
}
