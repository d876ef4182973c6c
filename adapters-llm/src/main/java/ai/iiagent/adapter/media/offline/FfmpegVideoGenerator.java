package ai.iiagent.adapter.media.offline;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.port.out.media.GeneratedVideo;
import ai.iiagent.port.out.media.MediaAvailability;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaGenerationFailedException.Kind;
import ai.iiagent.port.out.media.MediaKind;
import ai.iiagent.port.out.media.MediaModel;
import ai.iiagent.port.out.media.VideoGenerationPaidToolPort;
import ai.iiagent.port.out.media.VideoGenerationRequest;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The embedded video generator: frames painted from the prompt ({@link PromptPainter}, the shapes
 * drifting), or a slow zoom into the given first frame, cross-fading in its second half into the
 * given last frame when there is one, encoded by the host's {@code ffmpeg} into an
 * H.264 MP4 of the requested length, 640 pixels on its long side at 8 frames a second. Unavailable,
 * with the reason, when {@code ffmpeg} is not installed.
 */
public final class FfmpegVideoGenerator implements VideoGenerationPaidToolPort {

    public static final String MODEL = "offline-video";
    static final int LONG_SIDE = 640;
    static final int FPS = 8;
    static final int MAX_SECONDS = 20;

    private final Duration timeout;
    private final String ffmpeg;

    public FfmpegVideoGenerator(Duration timeout) {
        this(timeout, "ffmpeg");
    }

    /** @param ffmpeg the binary's name on {@code PATH} */
    public FfmpegVideoGenerator(Duration timeout, String ffmpeg) {
        this.timeout = timeout;
        this.ffmpeg = ffmpeg;
    }

    @Override
    public String provider() {
        return OfflineImageGenerator.PROVIDER;
    }

    @Override
    public List<MediaModel> models() {
        return List.of(new MediaModel(MODEL, provider(), "Offline placeholder video (ffmpeg)", MediaKind.VIDEO, true));
    }

    @Override
    public MediaAvailability availability() {
        return HostCommand.find(ffmpeg).isPresent() ? MediaAvailability.READY
                : MediaAvailability.unavailable(ffmpeg + " is not installed on this server (Debian: apt-get install ffmpeg)");
    }

    @Override
    public GeneratedVideo generate(VideoGenerationRequest request, CreditReservation reservation) {
        if (request.model() != null && !MODEL.equals(request.model())) {
            throw new MediaGenerationFailedException(Kind.INVALID_REQUEST, "unknown offline video model '"
                    + request.model() + "' (offered: " + MODEL + ")");
        }
        if (request.durationSeconds() > MAX_SECONDS) {
            throw new MediaGenerationFailedException(Kind.INVALID_REQUEST, "the offline video lasts at most "
                    + MAX_SECONDS + " s");
        }
        MediaAvailability availability = availability();
        if (!availability.available()) {
            throw new MediaGenerationFailedException(Kind.UNAVAILABLE, availability.reason());
        }
        int width = request.aspectRatio().widthAt(LONG_SIDE);
        int height = request.aspectRatio().heightAt(LONG_SIDE);
        BufferedImage start = firstFrame(request.firstFrame());
        BufferedImage end = firstFrame(request.lastFrame());
        Path work = HostCommand.tempDirectory("offline-video-");
        try {
            int frames = request.durationSeconds() * FPS;
            for (int i = 0; i < frames; i++) {
                double phase = (double) i / frames;
                BufferedImage frame = start == null ? PromptPainter.paint(request.prompt(), width, height, phase)
                        : zoom(start, width, height, phase);
                if (end != null) {
                    double toEnd = frames == 1 ? 1 : Math.max(0, 2.0 * i / (frames - 1) - 1);
                    frame = fade(frame, zoom(end, width, height, 0), toEnd);
                }
                Files.write(work.resolve(String.format("frame_%04d.png", i)), OfflineImageGenerator.png(frame));
            }
            HostCommand.run(List.of(ffmpeg, "-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-framerate",
                    String.valueOf(FPS), "-i", "frame_%04d.png", "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt",
                    "yuv420p", "-movflags", "+faststart", "clip.mp4"), work, null, timeout);
            return new GeneratedVideo(HostCommand.read(work.resolve("clip.mp4")), "video/mp4", width, height,
                    request.durationSeconds(), MODEL, provider());
        } catch (IOException e) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "the frames could not be written", e);
        } finally {
            HostCommand.deleteQuietly(work);
        }
    }

    private static BufferedImage firstFrame(byte[] content) {
        if (content == null) {
            return null;
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
            if (image == null) {
                throw new MediaGenerationFailedException(Kind.INVALID_REQUEST, "the input image is not a PNG, JPEG or GIF");
            }
            return image;
        } catch (IOException e) {
            throw new MediaGenerationFailedException(Kind.INVALID_REQUEST, "the input image cannot be read", e);
        }
    }

    // The frame with the end picture laid over it at the given opacity (1: only the end picture).
    private static BufferedImage fade(BufferedImage frame, BufferedImage end, double opacity) {
        Graphics2D g = frame.createGraphics();
        try {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) Math.min(1, opacity)));
            g.drawImage(end, 0, 0, null);
        } finally {
            g.dispose();
        }
        return frame;
    }

    // A slow zoom into the first frame, cropped to cover the clip's shape.
    private static BufferedImage zoom(BufferedImage source, int width, int height, double phase) {
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            double scale = Math.max((double) width / source.getWidth(), (double) height / source.getHeight())
                    * (1 + 0.15 * phase);
            int drawnWidth = (int) Math.ceil(source.getWidth() * scale);
            int drawnHeight = (int) Math.ceil(source.getHeight() * scale);
            g.drawImage(source, (width - drawnWidth) / 2, (height - drawnHeight) / 2, drawnWidth, drawnHeight, null);
        } finally {
            g.dispose();
        }
        return frame;
    }
}
