package ai.iiagent.port.out.media;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.port.out.NotBillable;
import java.util.List;

/**
 * A image generator: the embedded offline one (made on this machine, no key, no network) or a
 * provider's API (OpenAI, Google, fal.ai, ElevenLabs; docs/media.md). Billable: every generation
 * takes the reservation that holds its price (quoted from the price table by model), and a refused
 * or failed generation throws {@link MediaGenerationFailedException} so the hold is released.
 * Implementations are thread-safe and bound every call by a time limit.
 */
public interface ImageGenerationPaidToolPort {

    /** The provider's name as shown to users ({@code offline}, {@code openai}, {@code google}, ...). */
    @NotBillable("a configuration read")
    String provider();

    /** The models this generator offers, its default first. */
    @NotBillable("a configuration read")
    List<MediaModel> models();

    /** Whether it can run here; when not, the reason names what is missing (a binary, a key). */
    @NotBillable("a configuration read")
    MediaAvailability availability();

    /**
     * Makes a picture.
     *
     * @throws MediaGenerationFailedException when nothing was made (refused, failed, timed out, unavailable)
     */
    GeneratedImage generate(ImageGenerationRequest request, CreditReservation reservation);
}
