package ai.iiagent.adapter.tools.media;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.MediaPrice;
import ai.iiagent.domain.credits.MediaPriceTable;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.media.AspectRatio;
import ai.iiagent.port.out.media.GeneratedVideo;
import ai.iiagent.port.out.media.MediaAvailability;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.VideoGenerationPaidToolPort;
import ai.iiagent.port.out.media.VideoGenerationRequest;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolFile;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import ai.iiagent.port.out.media.MediaKind;
import ai.iiagent.port.out.media.MediaPromptTemplate;
import ai.iiagent.port.out.media.VideoEditingPaidToolPort;

/**
 * {@code generate_video {prompt, output_path, aspect_ratio?, duration_seconds?, input_image_path?,
 * end_image_path?, source_video_path?, template_id?}}: one clip from the configured generator (the
 * offline ffmpeg one by default), optionally starting from a workspace image (or, as an extension of
 * an earlier clip, from that clip's last frame) and ending on another, saved into the workspace as
 * MP4 and handed to the user. Paid per second at the
 * model's price; the runtime holds the dearest model's price for the longest clip first, a refused or
 * failed generation costs nothing.
 */
public final class GenerateVideoTool implements AgentTool {

    static final int DEFAULT_SECONDS = 5;
    /** The largest image or clip the tool reads from the workspace as an input. */
    static final int MAX_INPUT_BYTES = 50 * 1024 * 1024;
    private static final ToolSpec SPEC = new ToolSpec("generate_video",
            "Generate a short video clip (MP4) from a text prompt, optionally starting from an image in the workspace,"
                    + " and save it in the workspace. The user sees it.",
            Map.of("type", "object", "required", List.of("prompt", "output_path"), "properties", Map.of(
                    "prompt", Map.of("type", "string", "description", "what happens in the clip"),
                    "output_path", Map.of("type", "string", "description", "where to save it, e.g. videos/intro.mp4"),
                    "aspect_ratio", Map.of("type", "string", "description", "16:9 (default), 9:16 or 1:1"),
                    "duration_seconds", Map.of("type", "integer", "description", "length in seconds (default 5)"),
                    "input_image_path", Map.of("type", "string", "description", "a workspace image to start from"),
                    "end_image_path", Map.of("type", "string", "description", "a workspace image to end on (optional)"),
                    "source_video_path", Map.of("type", "string", "description", "extend this workspace video:"
                            + " the new clip continues from its last frame (instead of input_image_path)"),
                    "template_id", Map.of("type", "string", "description",
                            "a video media template (GET /v1/media-templates) whose prompt frames this one"))));

    private final List<VideoGenerationPaidToolPort> generators;
    private final MediaPriceTable prices;
    private final SandboxWorkspacePort sandbox;
    private final int maxSeconds;
    private final Duration timeout;

    private final VideoEditingPaidToolPort editor;
    private final Function<String, Optional<MediaPromptTemplate>> templates;

    /** A tool that cannot extend clips and has no templates. */
    public GenerateVideoTool(List<VideoGenerationPaidToolPort> generators, MediaPriceTable prices,
                             SandboxWorkspacePort sandbox, int maxSeconds, Duration timeout) {
        this(generators, prices, sandbox, maxSeconds, timeout, null, id -> Optional.empty());
    }

    /**
     * @param generators the configured video generators, the default first
     * @param editor     takes the last frame of a clip to extend ({@code source_video_path}); null: no extensions
     * @param templates  the media templates by id ({@code template_id})
     */
    public GenerateVideoTool(List<VideoGenerationPaidToolPort> generators, MediaPriceTable prices,
                             SandboxWorkspacePort sandbox, int maxSeconds, Duration timeout,
                             VideoEditingPaidToolPort editor, Function<String, Optional<MediaPromptTemplate>> templates) {
        this.editor = editor;
        this.templates = templates;
        if (generators.isEmpty()) {
            throw new IllegalArgumentException("at least one video generator");
        }
        this.generators = List.copyOf(generators);
        this.prices = prices;
        this.sandbox = sandbox;
        this.maxSeconds = maxSeconds;
        this.timeout = timeout;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Credits maxCost() {
        return generators.stream().flatMap(generator -> generator.models().stream())
                .map(model -> price(model.provider(), model.id()).costOf(maxSeconds)).reduce(Credits.ZERO, Credits::max);
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        Map<String, Object> arguments = invocation.arguments();
        String prompt;
        String path;
        AspectRatio ratio;
        int seconds;
        MediaArguments.Choice<VideoGenerationPaidToolPort> choice;
        try {
            MediaArguments.Shaped shaped = MediaArguments.shape(arguments, MediaArguments.prompt(arguments),
                    MediaKind.VIDEO, templates);
            prompt = shaped.prompt();
            path = MediaArguments.outputPath(arguments, "mp4");
            ratio = MediaArguments.aspectRatio(arguments, shaped.aspectRatio().orElse(AspectRatio.LANDSCAPE));
            seconds = seconds(arguments.get("duration_seconds"));
            choice = MediaArguments.choose(generators, VideoGenerationPaidToolPort::provider,
                    VideoGenerationPaidToolPort::models, MediaArguments.text(arguments, "provider"),
                    MediaArguments.text(arguments, "model_name"));
        } catch (MediaArgumentException e) {
            return ToolOutcome.failed("generate_video: " + e.getMessage());
        }
        MediaAvailability availability = choice.generator().availability();
        if (!availability.available()) {
            return ToolOutcome.failed("generate_video is unavailable: " + availability.reason());
        }
        byte[] firstFrame;
        byte[] lastFrame;
        Optional<String> source = MediaArguments.text(arguments, "source_video_path");
        try {
            if (source.isPresent() && MediaArguments.text(arguments, "input_image_path").isPresent()) {
                throw new MediaArgumentException("give source_video_path (extend a clip) or input_image_path"
                        + " (start from an image), not both");
            }
            firstFrame = source.isPresent() ? lastFrameOf(invocation, source.get())
                    : image(invocation, MediaArguments.text(arguments, "input_image_path"), "input_image_path");
            lastFrame = image(invocation, MediaArguments.text(arguments, "end_image_path"), "end_image_path");
        } catch (MediaArgumentException e) {
            return ToolOutcome.failed("generate_video: " + e.getMessage());
        } catch (MediaGenerationFailedException e) {
            return ToolOutcome.failed("generate_video: source_video_path: " + e.getMessage());
        }
        GeneratedVideo video;
        try {
            video = choice.generator().generate(new VideoGenerationRequest(prompt, ratio, seconds, firstFrame,
                    choice.model().id(), lastFrame), invocation.reservation());
        } catch (MediaGenerationFailedException e) {
            return new ToolOutcome("generate_video failed: " + e.getMessage(), Map.of("kind", "video", "prompt", prompt,
                    "error", e.kind().name().toLowerCase(Locale.ROOT)), true);
        }
        sandbox.writeFile(invocation.sessionId(), path, video.content(), invocation.reservation());
        Credits cost = price(video.provider(), video.model()).costOf(video.durationSeconds());
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("kind", "video");
        display.put("prompt", prompt);
        source.ifPresent(extended -> display.put("extends", extended));
        MediaArguments.text(arguments, "template_id").ifPresent(id -> display.put("template_id", id));
        display.put("path", path);
        display.put("content_type", video.contentType());
        display.put("width", video.width());
        display.put("height", video.height());
        display.put("duration_seconds", video.durationSeconds());
        display.put("model", video.model());
        display.put("provider", video.provider());
        display.put("offline", choice.model().offline());
        display.put("cost", cost.value().toPlainString());
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new ToolOutcome("Generated a " + video.durationSeconds() + " s " + video.width() + "x" + video.height()
                + " video with " + video.model() + (choice.model().offline() ? " (an offline placeholder)" : "")
                + " and saved it at /workspace/" + path + ".", display, false, cost,
                List.of(new ToolFile(path, name, video.contentType(), video.content(),
                        new ToolFile.Generation(SPEC.name(), prompt, video.model(), video.provider()))));
    }

    private int seconds(Object given) {
        if (given == null) {
            return Math.min(DEFAULT_SECONDS, maxSeconds);
        }
        int seconds;
        if (given instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            seconds = number.intValue();
        } else if (given instanceof String text && text.strip().matches("\\d{1,4}")) {
            seconds = Integer.parseInt(text.strip());
        } else {
            throw new MediaArgumentException("duration_seconds must be a whole number of seconds");
        }
        if (seconds < 1 || seconds > maxSeconds) {
            throw new MediaArgumentException("duration_seconds must be between 1 and " + maxSeconds);
        }
        return seconds;
    }

    private byte[] image(ToolInvocation invocation, Optional<String> imagePath, String argument) {
        if (imagePath.isEmpty()) {
            return null;
        }
        return MediaArguments.readWorkspaceFile(sandbox, invocation, imagePath.get(), argument, MAX_INPUT_BYTES);
    }

    // an extension starts where the earlier clip (a file of this session's workspace) ends
    private byte[] lastFrameOf(ToolInvocation invocation, String videoPath) {
        if (editor == null) {
            throw new MediaArgumentException("extending a clip (source_video_path) is not available on this server");
        }
        MediaAvailability availability = editor.availability();
        if (!availability.available()) {
            throw new MediaArgumentException("extending a clip is unavailable: " + availability.reason());
        }
        byte[] clip = MediaArguments.readWorkspaceFile(sandbox, invocation, videoPath, "source_video_path",
                MAX_INPUT_BYTES);
        return editor.lastFrame(clip, invocation.reservation());
    }

    private MediaPrice price(String provider, String model) {
        return prices.priceFor(provider, model, MediaPrice.Unit.VIDEO_SECOND);
    }
}
