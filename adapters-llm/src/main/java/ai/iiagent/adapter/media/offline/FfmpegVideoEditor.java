package ai.iiagent.adapter.media.offline;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.port.out.media.GeneratedVideo;
import ai.iiagent.port.out.media.MediaAvailability;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaGenerationFailedException.Kind;
import ai.iiagent.port.out.media.VideoEditingPaidToolPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Video editing on the host's {@code ffmpeg} and {@code ffprobe}: every call writes its inputs into a
 * fresh temporary directory, runs the binaries there as argument arrays (never a shell) under the
 * time limit, reads the result and deletes the directory. Unavailable, with the reason, when either
 * binary is missing.
 */
public final class FfmpegVideoEditor implements VideoEditingPaidToolPort {

    /** The frame rate a joined clip is encoded at. */
    public static final int JOINED_FPS = 24;
    private static final String MODEL = "ffmpeg";

    private final Duration timeout;
    private final String ffmpeg;
    private final String ffprobe;

    public FfmpegVideoEditor(Duration timeout) {
        this(timeout, "ffmpeg", "ffprobe");
    }

    /** @param ffmpeg the binaries' names on {@code PATH} */
    public FfmpegVideoEditor(Duration timeout, String ffmpeg, String ffprobe) {
        this.timeout = timeout;
        this.ffmpeg = ffmpeg;
        this.ffprobe = ffprobe;
    }

    @Override
    public MediaAvailability availability() {
        for (String binary : List.of(ffmpeg, ffprobe)) {
            if (HostCommand.find(binary).isEmpty()) {
                return MediaAvailability.unavailable(binary
                        + " is not installed on this server (Debian: apt-get install ffmpeg)");
            }
        }
        return MediaAvailability.READY;
    }

    @Override
    public VideoInfo probe(byte[] video) {
        ready();
        Path work = HostCommand.tempDirectory("video-probe-");
        try {
            return probeIn(work, write(work, "in.mp4", video), "the file");
        } finally {
            HostCommand.deleteQuietly(work);
        }
    }

    @Override
    public GeneratedVideo concatenate(List<byte[]> videos, CreditReservation reservation) {
        if (videos.size() < 2) {
            throw new MediaGenerationFailedException(Kind.INVALID_REQUEST, "joining needs at least two clips");
        }
        ready();
        Path work = HostCommand.tempDirectory("video-join-");
        try {
            List<String> command = new ArrayList<>(List.of(ffmpeg, "-nostdin", "-hide_banner", "-loglevel", "error", "-y"));
            VideoInfo first = null;
            double seconds = 0;
            for (int i = 0; i < videos.size(); i++) {
                String name = "in_" + i + ".mp4";
                VideoInfo info = probeIn(work, write(work, name, videos.get(i)), "clip " + (i + 1));
                first = first == null ? info : first;
                seconds += info.durationSeconds();
                command.addAll(List.of("-i", name));
            }
            int width = first.width() - first.width() % 2;
            int height = first.height() - first.height() % 2;
            StringBuilder filter = new StringBuilder();
            for (int i = 0; i < videos.size(); i++) {
                filter.append(String.format(Locale.ROOT, "[%d:v:0]scale=%d:%d:force_original_aspect_ratio=decrease,"
                        + "pad=%d:%d:(ow-iw)/2:(oh-ih)/2,setsar=1,fps=%d,format=yuv420p[v%d];",
                        i, width, height, width, height, JOINED_FPS, i));
            }
            for (int i = 0; i < videos.size(); i++) {
                filter.append("[v").append(i).append(']');
            }
            filter.append("concat=n=").append(videos.size()).append(":v=1:a=0[out]");
            command.addAll(List.of("-filter_complex", filter.toString(), "-map", "[out]", "-c:v", "libx264",
                    "-preset", "veryfast", "-pix_fmt", "yuv420p", "-movflags", "+faststart", "joined.mp4"));
            HostCommand.run(command, work, null, timeout);
            byte[] joined = HostCommand.read(work.resolve("joined.mp4"));
            return new GeneratedVideo(joined, "video/mp4", width, height, (int) Math.max(1, Math.round(seconds)), MODEL,
                    "offline");
        } finally {
            HostCommand.deleteQuietly(work);
        }
    }

    @Override
    public List<byte[]> frames(byte[] video, List<Double> atSeconds, CreditReservation reservation) {
        ready();
        Path work = HostCommand.tempDirectory("video-frames-");
        try {
            Path input = write(work, "in.mp4", video);
            VideoInfo info = probeIn(work, input, "the video");
            List<byte[]> frames = new ArrayList<>();
            for (int i = 0; i < atSeconds.size(); i++) {
                double at = atSeconds.get(i);
                if (at < 0 || at > info.durationSeconds()) {
                    throw new MediaGenerationFailedException(Kind.INVALID_REQUEST, String.format(Locale.ROOT,
                            "%.2f s is outside the video (0 to %.2f s)", at, info.durationSeconds()));
                }
                String name = "frame_" + i + ".png";
                // the last moment has no frame after it: take the final frame instead
                if (at >= info.durationSeconds() - 0.05) {
                    lastFrameInto(work, name);
                } else {
                    HostCommand.run(List.of(ffmpeg, "-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-ss",
                            String.format(Locale.ROOT, "%.3f", at), "-i", "in.mp4", "-frames:v", "1", name), work, null,
                            timeout);
                }
                frames.add(HostCommand.read(work.resolve(name)));
            }
            return frames;
        } finally {
            HostCommand.deleteQuietly(work);
        }
    }

    @Override
    public byte[] lastFrame(byte[] video, CreditReservation reservation) {
        ready();
        Path work = HostCommand.tempDirectory("video-last-");
        try {
            probeIn(work, write(work, "in.mp4", video), "the video");
            lastFrameInto(work, "last.png");
            return HostCommand.read(work.resolve("last.png"));
        } finally {
            HostCommand.deleteQuietly(work);
        }
    }

    // decodes the final second and keeps overwriting one picture, so the last frame decoded remains
    private void lastFrameInto(Path work, String name) {
        HostCommand.run(List.of(ffmpeg, "-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-sseof", "-1", "-i",
                "in.mp4", "-update", "1", name), work, null, timeout);
    }

    private VideoInfo probeIn(Path work, Path file, String what) {
        try {
            HostCommand.run(List.of(ffprobe, "-v", "error", "-select_streams", "v:0", "-count_packets",
                    "-show_entries", "stream=width,height,nb_read_packets:format=duration", "-of",
                    "default=noprint_wrappers=1", file.getFileName().toString()), work, null, timeout);
        } catch (MediaGenerationFailedException e) {
            if (e.kind() == Kind.PROVIDER_ERROR) {
                throw new MediaGenerationFailedException(Kind.INVALID_REQUEST, what + " is not a readable video", e);
            }
            throw e;
        }
        Map<String, String> values = new HashMap<>();
        HostCommand.output(work).lines().map(String::strip).filter(line -> line.contains("=")).forEach(line ->
                values.putIfAbsent(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        try {
            int width = Integer.parseInt(values.get("width"));
            int height = Integer.parseInt(values.get("height"));
            double seconds = Double.parseDouble(values.get("duration"));
            int frames = Integer.parseInt(values.get("nb_read_packets"));
            if (width < 2 || height < 2 || !(seconds > 0)) {
                throw new NumberFormatException("empty video");
            }
            return new VideoInfo(width, height, seconds, frames);
        } catch (NumberFormatException | NullPointerException e) {
            throw new MediaGenerationFailedException(Kind.INVALID_REQUEST, what + " is not a readable video (no picture in it)");
        }
    }

    private static Path write(Path work, String name, byte[] content) {
        try {
            return Files.write(work.resolve(name), content);
        } catch (IOException e) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "the clip could not be written", e);
        }
    }

    private void ready() {
        MediaAvailability availability = availability();
        if (!availability.available()) {
            throw new MediaGenerationFailedException(Kind.UNAVAILABLE, availability.reason());
        }
    }
}
