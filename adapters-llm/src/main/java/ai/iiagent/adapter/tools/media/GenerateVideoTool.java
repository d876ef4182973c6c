package ai.iiagent.adapter.tools.media;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.MediaPrice;
import ai.iiagent.domain.credits.MediaPriceTable;
import ai.iiagent.domain.shared.NotFoundException;
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

/**
 * {@code generate_video {prompt, output_path, aspect_ratio?, duration_seconds?, input_image_path?}}: one
 * clip from the configured generator (the offline ffmpeg one by default), optionally starting from a
 * workspace image, saved into the workspace as MP4 and handed to the user. Paid per second at the
 * model's price; the runtime holds the dearest model's price for the longest clip first, a refused or
 * failed generation costs nothing.
 */
public final class GenerateVideoTool implements AgentTool {

    static final int DEFAULT_SECONDS = 5;
    private static final ToolSpec SPEC = new ToolSpec("generate_video",
            "Generate a short video clip (MP4) from a text prompt, optionally starting from an image in the workspace,"
                    + " and save it in the workspace. The user sees it.",
            Map.of("type", "object", "required", List.of("prompt", "output_path"), "properties", Map.of(
                    "prompt", Map.of("type", "string", "description", "what happens in the clip"),
                    "output_path", Map.of("type", "string", "description", "where to save it, e.g. videos/intro.mp4"),
                    "aspect_ratio", Map.of("type", "string", "description", "16:9 (default), 9:16 or 1:1"),
                    "duration_seconds", Map.of("type", "integer", "description", "length in seconds (default 5)"),
                    "input_image_path", Map.of("type", "string", "description", "a workspace image to start from"))));

    private final List<VideoGenerationPaidToolPort> generators;
    private final MediaPriceTable prices;
    private final SandboxWorkspacePort sandbox;
    private final int maxSeconds;
    private final Duration timeout;

    /** @param generators the configured video generators, the default first */
    public GenerateVideoTool(List<VideoGenerationPaidToolPort> generators, MediaPriceTable prices,
                             SandboxWorkspacePort sandbox, int maxSeconds, Duration timeout) {
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
            prompt = MediaArguments.prompt(arguments);
            path = MediaArguments.outputPath(arguments, "mp4");
            ratio = MediaArguments.aspectRatio(arguments, AspectRatio.LANDSCAPE);
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
        try {
            firstFrame = firstFrame(invocation, MediaArguments.text(arguments, "input_image_path"));
        } catch (MediaArgumentException e) {
            return ToolOutcome.failed("generate_video: " + e.getMessage());
        }
        GeneratedVideo video;
        try {
            video = choice.generator().generate(new VideoGenerationRequest(prompt, ratio, seconds, firstFrame,
                    choice.model().id()), invocation.reservation());
        } catch (MediaGenerationFailedException e) {
            return new ToolOutcome("generate_video failed: " + e.getMessage(), Map.of("kind", "video", "prompt", prompt,
                    "error", e.kind().name().toLowerCase(Locale.ROOT)), true);
        }
        sandbox.writeFile(invocation.sessionId(), path, video.content(), invocation.reservation());
        Credits cost = price(video.provider(), video.model()).costOf(video.durationSeconds());
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("kind", "video");
        display.put("prompt", prompt);
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
                List.of(new ToolFile(path, name, video.contentType(), video.content())));
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

    private byte[] firstFrame(ToolInvocation invocation, Optional<String> imagePath) {
        if (imagePath.isEmpty()) {
            return null;
        }
        String relative = MediaArguments.workspacePath(imagePath.get(), "input_image_path");
        try {
            return sandbox.readFile(invocation.sessionId(), relative, invocation.reservation());
        } catch (NotFoundException e) {
            throw new MediaArgumentException("input_image_path " + imagePath.get() + " does not exist in the workspace");
        }
    }

    private MediaPrice price(String provider, String model) {
        return prices.priceFor(provider, model, MediaPrice.Unit.VIDEO_SECOND);
    }
}
