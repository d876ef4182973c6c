package ai.iiagent.adapter.tools.media;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.MediaPrice;
import ai.iiagent.domain.credits.MediaPriceTable;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.media.MediaAvailability;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.VideoEditingPaidToolPort;
import ai.iiagent.port.out.media.VideoEditingPaidToolPort.VideoInfo;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolFile;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code extract_frames {video_path, timestamps? | count?, output_dir}}: still PNG frames of a clip of
 * the session's own workspace, at the given moments (seconds) or {@code count} evenly spaced ones
 * (1..{@value #MAX_FRAMES}), taken by the host's ffmpeg, saved as {@code output_dir/frame_01.png}, ...
 * and handed to the user. Paid per operation ({@code offline/ffmpeg-extract-frames}); bad input costs
 * nothing.
 */
public final class ExtractFramesTool implements AgentTool {

    static final String PRICE_MODEL = "ffmpeg-extract-frames";
    static final int MAX_FRAMES = 20;
    private static final ToolSpec SPEC = new ToolSpec("extract_frames",
            "Take still PNG frames out of a workspace video, at given moments or evenly spaced, and save them in"
                    + " the workspace. The user sees them.",
            Map.of("type", "object", "required", List.of("video_path", "output_dir"), "properties", Map.of(
                    "video_path", Map.of("type", "string", "description", "the workspace video"),
                    "timestamps", Map.of("type", "array", "items", Map.of("type", "number"),
                            "description", "moments in seconds from the start (or give count)"),
                    "count", Map.of("type", "integer", "description", "how many evenly spaced frames, 1 to " + MAX_FRAMES),
                    "output_dir", Map.of("type", "string", "description", "the workspace folder for the frames"))));

    private final VideoEditingPaidToolPort editor;
    private final MediaPriceTable prices;
    private final SandboxWorkspacePort sandbox;
    private final Duration timeout;

    public ExtractFramesTool(VideoEditingPaidToolPort editor, MediaPriceTable prices, SandboxWorkspacePort sandbox,
                             Duration timeout) {
        this.editor = editor;
        this.prices = prices;
        this.sandbox = sandbox;
        this.timeout = timeout;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Credits maxCost() {
        return price().costOf(1);
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        Map<String, Object> arguments = invocation.arguments();
        MediaAvailability availability = editor.availability();
        if (!availability.available()) {
            return ToolOutcome.failed("extract_frames is unavailable: " + availability.reason());
        }
        String directory;
        byte[] clip;
        List<Double> moments;
        try {
            if (!(arguments.get("video_path") instanceof String videoPath) || videoPath.isBlank()) {
                throw new MediaArgumentException("video_path must name a workspace video");
            }
            if (!(arguments.get("output_dir") instanceof String dir) || dir.isBlank()) {
                throw new MediaArgumentException("output_dir must name a workspace folder");
            }
            String folder = dir.strip().replaceAll("/+$", "");
            // the workspace itself ("/workspace", ".") holds the frames at its top
            directory = folder.equals("/workspace") || folder.equals(".") ? ""
                    : MediaArguments.workspacePath(folder, "output_dir");
            clip = MediaArguments.readWorkspaceFile(sandbox, invocation, videoPath, "video_path",
                    GenerateVideoTool.MAX_INPUT_BYTES);
            VideoInfo info = editor.probe(clip);
            moments = moments(arguments.get("timestamps"), arguments.get("count"), info.durationSeconds());
        } catch (MediaArgumentException e) {
            return ToolOutcome.failed("extract_frames: " + e.getMessage());
        } catch (MediaGenerationFailedException e) {
            return ToolOutcome.failed("extract_frames: video_path: " + e.getMessage());
        }
        List<byte[]> frames;
        try {
            frames = editor.frames(clip, moments, invocation.reservation());
        } catch (MediaGenerationFailedException e) {
            return new ToolOutcome("extract_frames failed: " + e.getMessage(), Map.of("kind", "image",
                    "error", e.kind().name().toLowerCase(Locale.ROOT)), true);
        }
        List<ToolFile> files = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            String name = String.format(Locale.ROOT, "frame_%02d.png", i + 1);
            String path = directory.isEmpty() ? name : directory + "/" + name;
            sandbox.writeFile(invocation.sessionId(), path, frames.get(i), invocation.reservation());
            files.add(new ToolFile(path, name, "image/png", frames.get(i), new ToolFile.Generation(SPEC.name(),
                    String.format(Locale.ROOT, "frame of %s at %.2f s", arguments.get("video_path"), moments.get(i)),
                    "ffmpeg", "offline")));
            paths.add(path);
        }
        Credits cost = price().costOf(1);
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("kind", "image");
        display.put("source", arguments.get("video_path"));
        display.put("paths", paths);
        display.put("timestamps", moments);
        display.put("model", "ffmpeg");
        display.put("provider", "offline");
        display.put("offline", true);
        display.put("cost", cost.value().toPlainString());
        return new ToolOutcome("Took " + frames.size() + " frames (at " + moments.stream()
                .map(at -> String.format(Locale.ROOT, "%.2f s", at)).toList() + ") and saved them as " + paths + ".",
                display, false, cost, files);
    }

    static List<Double> moments(Object timestamps, Object count, double duration) {
        if (timestamps != null && count != null) {
            throw new MediaArgumentException("give timestamps or count, not both");
        }
        if (timestamps != null) {
            if (!(timestamps instanceof List<?> list) || list.isEmpty()
                    || list.stream().anyMatch(item -> !(item instanceof Number))) {
                throw new MediaArgumentException("timestamps must be a list of seconds");
            }
            if (list.size() > MAX_FRAMES) {
                throw new MediaArgumentException("at most " + MAX_FRAMES + " timestamps");
            }
            List<Double> moments = list.stream().map(item -> ((Number) item).doubleValue()).toList();
            for (double at : moments) {
                if (!(at >= 0) || at > duration) {
                    throw new MediaArgumentException(String.format(Locale.ROOT,
                            "timestamp %s is outside the video (0 to %.2f s)", at, duration));
                }
            }
            return moments;
        }
        int n;
        if (count == null) {
            n = 1;
        } else if (count instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            n = number.intValue();
        } else {
            throw new MediaArgumentException("count must be a whole number");
        }
        if (n < 1 || n > MAX_FRAMES) {
            throw new MediaArgumentException("count must be between 1 and " + MAX_FRAMES);
        }
        List<Double> moments = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            moments.add(Math.round(duration * (i + 0.5) / n * 1000) / 1000.0);
        }
        return moments;
    }

    private MediaPrice price() {
        return prices.priceFor("offline", PRICE_MODEL, MediaPrice.Unit.OPERATION);
    }
}
