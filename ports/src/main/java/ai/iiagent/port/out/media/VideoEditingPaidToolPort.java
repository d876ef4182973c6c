package ai.iiagent.port.out.media;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.port.out.NotBillable;
import java.util.List;

/**
 * Edits clips a user already has (their own session's files): measures them, joins several into
 * one, and takes still frames out of one. The embedded implementation runs the host's
 * {@code ffmpeg}/{@code ffprobe} as argument arrays (no shell), bounded by a time limit. Billable:
 * each edit runs under the reservation that holds its (small, per-operation) price; a failed edit
 * throws {@link MediaGenerationFailedException} so the hold is released.
 */
public interface VideoEditingPaidToolPort {

    /** Whether it can run here; when not, the reason names what is missing. */
    @NotBillable("a configuration read")
    MediaAvailability availability();

    /**
     * The clip's shape and length.
     *
     * @throws MediaGenerationFailedException with kind {@code INVALID_REQUEST} when it is not a readable video
     */
    @NotBillable("a local measurement that runs before the edit it is part of is priced")
    VideoInfo probe(byte[] video);

    /**
     * The clips joined in order into one MP4 (H.264, the first clip's frame size; the others are
     * scaled and padded to it; sound is dropped).
     */
    GeneratedVideo concatenate(List<byte[]> videos, CreditReservation reservation);

    /** PNG stills of the clip at the given moments (seconds from the start, each within its length). */
    List<byte[]> frames(byte[] video, List<Double> atSeconds, CreditReservation reservation);

    /** A PNG of the clip's very last frame (where an extension of the clip starts). */
    byte[] lastFrame(byte[] video, CreditReservation reservation);

    /** A clip's frame size, length in seconds and number of frames. */
    record VideoInfo(int width, int height, double durationSeconds, int frameCount) {
    }
}
