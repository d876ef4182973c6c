package ai.iiagent.port.out.media;

import java.util.Objects;

/**
 * Whether a media generator can work on this server, and if not why (say, {@code ffmpeg} is not
 * installed, or a provider key is missing), in words fit to show a user.
 */
public record MediaAvailability(boolean available, String reason) {

    public static final MediaAvailability READY = new MediaAvailability(true, "");

    public MediaAvailability {
        Objects.requireNonNull(reason, "reason");
    }

    public static MediaAvailability unavailable(String reason) {
        return new MediaAvailability(false, reason);
    }
}
