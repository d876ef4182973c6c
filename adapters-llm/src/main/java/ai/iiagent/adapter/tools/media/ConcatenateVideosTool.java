package ai.iiagent.adapter.tools.media;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.MediaPrice;
import ai.iiagent.domain.credits.MediaPriceTable;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.media.GeneratedVideo;
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
 * {@code concatenate_videos {video_paths, output_path}}: joins 2..{@value #MAX_CLIPS} clips of the
 * session's own workspace, in order, into one MP4 (the first clip's frame size, sound dropped) on the
 * host's ffmpeg, saved into the workspace and handed to the user. Bounded: each clip at most
 * {@value GenerateVideoTool#MAX_INPUT_BYTES} bytes, all together at most {@value #MAX_TOTAL_SECONDS}
 * s. Paid per operation ({@code offline/ffmpeg-concatenate} in the media price table); bad input
 * costs nothing.
 */
public final class ConcatenateVideosTool implements AgentTool {

    static final String PRICE_MODEL = "ffmpeg-concatenate";
    static final int MAX_CLIPS = 10;
    static final int MAX_TOTAL_SECONDS = 120;
    private static final ToolSpec SPEC = new ToolSpec("concatenate_videos",
            "Join video clips from the workspace, in the given order, into one MP4 saved in the workspace."
                    + " The user sees it.",
            Map.of("type", "object", "required", List.of("video_paths", "output_path"), "properties", Map.of(
                    "video_paths", Map.of("type", "array", "items", Map.of("type", "string"),
                            "description", "2 to " + MAX_CLIPS + " workspace videos, in playing order"),
                    "output_path", Map.of("type", "string", "description", "where to save the joined video"))));

    private final VideoEditingPaidToolPort editor;
    private final MediaPriceTable prices;
    private final SandboxWorkspacePort sandbox;
    private final Duration timeout;
    private final int maxTotalSeconds;

    public ConcatenateVideosTool(VideoEditingPaidToolPort editor, MediaPriceTable prices, SandboxWorkspacePort sandbox,
                                 Duration timeout) {
        this(editor, prices, sandbox, timeout, MAX_TOTAL_SECONDS);
    }

    /** @param maxTotalSeconds the longest joined video (all clips together) */
    ConcatenateVideosTool(VideoEditingPaidToolPort editor, MediaPriceTable prices, SandboxWorkspacePort sandbox,
                          Duration timeout, int maxTotalSeconds) {
        this.maxTotalSeconds = maxTotalSeconds;
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
            return ToolOutcome.failed("concatenate_videos is unavailable: " + availability.reason());
        }
        List<String> paths;
        String output;
        List<byte[]> clips = new ArrayList<>();
        double seconds = 0;
        try {
            paths = paths(arguments.get("video_paths"));
            output = MediaArguments.outputPath(arguments, "mp4");
            for (String path : paths) {
                byte[] clip = MediaArguments.readWorkspaceFile(sandbox, invocation, path, "video_paths",
                        GenerateVideoTool.MAX_INPUT_BYTES);
                VideoInfo info = editor.probe(clip);
                seconds += info.durationSeconds();
                clips.add(clip);
            }
            if (seconds > maxTotalSeconds) {
                throw new MediaArgumentException(String.format(Locale.ROOT,
                        "the clips last %.1f s together; at most %d s can be joined", seconds, maxTotalSeconds));
            }
        } catch (MediaArgumentException e) {
            return ToolOutcome.failed("concatenate_videos: " + e.getMessage());
        } catch (MediaGenerationFailedException e) {
            return ToolOutcome.failed("concatenate_videos: video_paths: " + e.getMessage());
        }
        GeneratedVideo joined;
        try {
            joined = editor.concatenate(clips, invocation.reservation());
        } catch (MediaGenerationFailedException e) {
            return new ToolOutcome("concatenate_videos failed: " + e.getMessage(), Map.of("kind", "video",
                    "error", e.kind().name().toLowerCase(Locale.ROOT)), true);
        }
        sandbox.writeFile(invocation.sessionId(), output, joined.content(), invocation.reservation());
        Credits cost = price().costOf(1);
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("kind", "video");
        display.put("sources", paths);
        display.put("path", output);
        display.put("content_type", joined.contentType());
        display.put("width", joined.width());
        display.put("height", joined.height());
        display.put("duration_seconds", Math.round(seconds * 10) / 10.0);
        display.put("model", "ffmpeg");
        display.put("provider", "offline");
        display.put("offline", true);
        display.put("cost", cost.value().toPlainString());
        String name = output.substring(output.lastIndexOf('/') + 1);
        return new ToolOutcome(String.format(Locale.ROOT, "Joined %d clips into a %.1f s %dx%d video at /workspace/%s.",
                clips.size(), seconds, joined.width(), joined.height(), output), display, false, cost,
                List.of(new ToolFile(output, name, joined.contentType(), joined.content(), new ToolFile.Generation(
                        SPEC.name(), "joined " + String.join(" + ", paths), "ffmpeg", "offline"))));
    }

    private static List<String> paths(Object given) {
        if (!(given instanceof List<?> list) || list.stream().anyMatch(item -> !(item instanceof String text)
                || text.isBlank())) {
            throw new MediaArgumentException("video_paths must be a list of workspace video paths");
        }
        if (list.size() < 2 || list.size() > MAX_CLIPS) {
            throw new MediaArgumentException("video_paths must name 2 to " + MAX_CLIPS + " videos");
        }
        return list.stream().map(item -> ((String) item).strip()).toList();
    }

    private MediaPrice price() {
        return prices.priceFor("offline", PRICE_MODEL, MediaPrice.Unit.OPERATION);
    }
}
