package ai.iiagent.service.content;

import ai.iiagent.domain.content.MediaErrors;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.media.ImageEditingPaidToolPort;
import ai.iiagent.port.out.media.MediaAvailability;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.PaidToolCall;
import ai.iiagent.service.metering.ToolCharge;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Picks the picture editor (the named provider's, or the default) and runs one call through
 * {@link BillableExecutor}: the price is held first, charged when the call succeeds and released
 * when it fails; the editor's failures become the media API's error codes.
 */
final class SlidePictureEditors {

    private final List<ImageEditingPaidToolPort> editors;
    private final BillableExecutor billable;

    SlidePictureEditors(ImageEditorSet editors, BillableExecutor billable) {
        this.editors = editors.editors();
        this.billable = billable;
    }

    /** The editor of {@code provider} (the default when blank), ready to run, or the reason it is not. */
    ImageEditingPaidToolPort choose(String provider) {
        ImageEditingPaidToolPort chosen = provider == null || provider.isBlank() ? editors.get(0)
                : editors.stream().filter(editor -> editor.provider().equalsIgnoreCase(provider.strip())).findFirst()
                .orElseThrow(() -> new ValidationException(MediaErrors.UNKNOWN_MEDIA_PROVIDER, "unknown provider "
                        + provider + "; configured: " + editors.stream().map(ImageEditingPaidToolPort::provider).toList()));
        MediaAvailability availability = chosen.availability();
        if (!availability.available()) {
            throw new ServiceUnavailableException(MediaErrors.MEDIA_UNAVAILABLE, availability.reason());
        }
        return chosen;
    }

    /** Runs {@code call} billed to {@code owner}'s session at {@code price}, under the tool name {@code tool}. */
    <T> T run(UserId owner, UUID sessionId, String tool, Credits price, Function<CreditReservation, T> call) {
        ToolCharge charge = new ToolCharge(owner, sessionId, null, tool, UUID.randomUUID().toString(), price);
        try {
            return billable.runPaidTool(charge, new PaidToolCall<>() {
                @Override
                public T call(CreditReservation reservation) {
                    return call.apply(reservation);
                }

                @Override
                public Credits cost(T result) {
                    return price;
                }
            });
        } catch (MediaGenerationFailedException e) {
            throw switch (e.kind()) {
                case CONTENT_POLICY -> new ValidationException(MediaErrors.MEDIA_CONTENT_REFUSED, e.getMessage());
                case INVALID_REQUEST -> new ValidationException(MediaErrors.MEDIA_GENERATION_FAILED, e.getMessage());
                case UNAVAILABLE -> new ServiceUnavailableException(MediaErrors.MEDIA_UNAVAILABLE, e.getMessage());
                case TIMEOUT, PROVIDER_ERROR -> new UpstreamFailureException(MediaErrors.MEDIA_GENERATION_FAILED,
                        e.getMessage());
            };
        }
    }
}
