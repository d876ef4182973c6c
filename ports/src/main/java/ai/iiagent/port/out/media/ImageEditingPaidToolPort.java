package ai.iiagent.port.out.media;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.port.out.NotBillable;
import java.util.List;

/**
 * Changes a picture a user already has (an image slide's picture) and finds what is on it: the
 * embedded offline editor (painted on this machine, no key, no network) or a provider's image model
 * (Google's Gemini image model; docs/media.md). Billable: every call runs under the reservation that
 * holds its price (an edit is priced per picture at {@link #editModel()}'s price, a detection per
 * operation at {@link #detectionModel()}'s), and a refused or failed call throws
 * {@link MediaGenerationFailedException} so the hold is released. Thread-safe; every call is bounded
 * by a time limit.
 */
public interface ImageEditingPaidToolPort {

    /** The provider's name as shown to users ({@code offline}, {@code google}). */
    @NotBillable("a configuration read")
    String provider();

    /** The model that makes edited pictures (and removes backgrounds). */
    @NotBillable("a configuration read")
    MediaModel editModel();

    /** The model that finds the components of a picture. */
    @NotBillable("a configuration read")
    MediaModel detectionModel();

    /** Whether it can run here; when not, the reason names what is missing (a key). */
    @NotBillable("a configuration read")
    MediaAvailability availability();

    /**
     * The picture with the steps applied: a new picture of the same shape.
     *
     * @throws MediaGenerationFailedException when nothing was made (refused, failed, timed out, unreadable input)
     */
    GeneratedImage edit(ImageEditRequest request, CreditReservation reservation);

    /**
     * The components of the picture, front-most last.
     *
     * @throws MediaGenerationFailedException when the picture could not be read or the provider failed
     */
    List<ImageComponent> detect(SourceImage image, CreditReservation reservation);
}
