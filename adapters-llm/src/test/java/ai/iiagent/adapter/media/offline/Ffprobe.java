package ai.iiagent.adapter.media.offline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Measures a media file with the host's ffprobe, as a user's player would see it. */
public final class Ffprobe {

    private Ffprobe() {
    }

    /** {@code width,height,duration} of the first video stream, or {@code duration} for audio-only files. */
    public static String probe(byte[] media, String entries) {
        try {
            Path file = Files.createTempFile("ffprobe-", ".bin");
            try {
                Files.write(file, media);
                Process process = new ProcessBuilder("ffprobe", "-v", "error", "-show_entries", entries, "-of",
                        "csv=p=0", file.toString()).redirectErrorStream(true).start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException("ffprobe failed: " + out);
                }
                return out;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static double seconds(byte[] media) {
        return Double.parseDouble(probe(media, "format=duration"));
    }
}
