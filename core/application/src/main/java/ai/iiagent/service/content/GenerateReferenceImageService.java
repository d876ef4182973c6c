package ai.iiagent.service.content;

import ai.iiagent.domain.files.MediaProvenance;
import ai.iiagent.domain.content.MediaCatalogue;
import ai.iiagent.domain.content.MediaErrors;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.MediaPrice;
import ai.iiagent.domain.credits.MediaPriceTable;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.content.GenerateReferenceImageCommand;
import ai.iiagent.port.in.content.GenerateReferenceImageUseCase;
import ai.iiagent.port.in.content.ReferenceImage;
import ai.iiagent.port.in.files.ShareSessionFileCommand;
import ai.iiagent.port.in.files.ShareSessionFileUseCase;
import ai.iiagent.port.in.files.StoredAsset;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.sessions.SessionQuery;
import ai.iiagent.port.out.media.AspectRatio;
import ai.iiagent.port.out.media.GeneratedImage;
import ai.iiagent.port.out.media.ImageGenerationPaidToolPort;
import ai.iiagent.port.out.media.ImageGenerationRequest;
import ai.iiagent.port.out.media.MediaAvailability;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaModel;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.PaidToolCall;
import ai.iiagent.service.metering.ToolCharge;
import ai.iiagent.domain.credits.CreditReservation;
import java.util.List;
import java.util.UUID;

/**
 * Checks the request and the session (the caller's), then generates through {@link BillableExecutor}
 * (the model's per-image price held first; a refused or failed generation releases it) and stores
 * the picture with the session's files.
 */
public final class GenerateReferenceImageService implements GenerateReferenceImageUseCase {

    static final int MAX_PROMPT_CHARS = 4000;

    private final List<ImageGenerationPaidToolPort> generators;
    private final MediaPriceTable prices;
    private final BillableExecutor billable;
    private final GetSessionUseCase sessions;
    private final ShareSessionFileUseCase files;

    public GenerateReferenceImageService(MediaGeneratorSet generators, MediaPriceTable prices, BillableExecutor billable,
                                         GetSessionUseCase sessions, ShareSessionFileUseCase files) {
        this.generators = generators.images();
        this.prices = prices;
        this.billable = billable;
        this.sessions = sessions;
        this.files = files;
    }

    @Override
    public ReferenceImage generate(GenerateReferenceImageCommand command) {
        String prompt = command.prompt() == null ? "" : command.prompt().strip();
        if (prompt.isEmpty() || prompt.length() > MAX_PROMPT_CHARS) {
            throw new ValidationException(MediaErrors.INVALID_PROMPT, "prompt must be 1.." + MAX_PROMPT_CHARS
                    + " characters");
        }
        AspectRatio ratio = command.aspectRatio() == null ? AspectRatio.SQUARE : AspectRatio.ofCode(command.aspectRatio())
                .orElseThrow(() -> new ValidationException(MediaErrors.INVALID_ASPECT_RATIO, "aspect_ratio must be one of "
                        + List.of(AspectRatio.values()).stream().map(AspectRatio::code).toList()));
        Chosen chosen = choose(command.provider(), command.model());
        sessions.get(new SessionQuery(command.owner(), command.sessionId())); // the caller's session, or 404
        MediaAvailability availability = chosen.generator().availability();
        if (!availability.available()) {
            throw new ServiceUnavailableException(MediaErrors.MEDIA_UNAVAILABLE, availability.reason());
        }
        MediaPrice price = prices.priceFor(chosen.model().provider(), chosen.model().id(), MediaPrice.Unit.IMAGE);
        GeneratedImage image = generate(command, new ImageGenerationRequest(prompt, ratio, chosen.model().id()),
                chosen.generator(), price);
        StoredAsset stored = files.share(new ShareSessionFileCommand(command.owner(), command.sessionId(),
                "reference-" + UUID.randomUUID().toString().substring(0, 8) + ".png", image.contentType(), image.content(),
                new MediaProvenance(MediaCatalogue.REFERENCE_IMAGE_TOOL, prompt, image.model(), image.provider())));
        return new ReferenceImage(stored, prompt, image.model(), image.provider(), chosen.model().offline(), image.width(),
                image.height(), price.costOf(1));
    }

    private GeneratedImage generate(GenerateReferenceImageCommand command, ImageGenerationRequest request,
                                    ImageGenerationPaidToolPort generator, MediaPrice price) {
        ToolCharge charge = new ToolCharge(command.owner().userId(), command.sessionId().value(), null,
                MediaCatalogue.REFERENCE_IMAGE_TOOL, UUID.randomUUID().toString(), price.costOf(1));
        try {
            return billable.runPaidTool(charge, new PaidToolCall<>() {
                @Override
                public GeneratedImage call(CreditReservation reservation) {
                    return generator.generate(request, reservation);
                }

                @Override
                public Credits cost(GeneratedImage result) {
                    return price.costOf(1);
                }
            });
        } catch (MediaGenerationFailedException e) {
            throw switch (e.kind()) {
                case CONTENT_POLICY -> new ValidationException(MediaErrors.MEDIA_CONTENT_REFUSED, e.getMessage());
                case INVALID_REQUEST -> new ValidationException(MediaErrors.UNKNOWN_MEDIA_MODEL, e.getMessage());
                case UNAVAILABLE -> new ServiceUnavailableException(MediaErrors.MEDIA_UNAVAILABLE, e.getMessage());
                case TIMEOUT, PROVIDER_ERROR -> new UpstreamFailureException(MediaErrors.MEDIA_GENERATION_FAILED,
                        e.getMessage());
            };
        }
    }

    private Chosen choose(String provider, String model) {
        List<ImageGenerationPaidToolPort> candidates = provider == null || provider.isBlank() ? generators
                : generators.stream().filter(generator -> generator.provider().equalsIgnoreCase(provider.strip())).toList();
        if (candidates.isEmpty()) {
            throw new ValidationException(MediaErrors.UNKNOWN_MEDIA_PROVIDER, "unknown provider " + provider
                    + "; configured: " + generators.stream().map(ImageGenerationPaidToolPort::provider).toList());
        }
        for (ImageGenerationPaidToolPort generator : candidates) {
            for (MediaModel offered : generator.models()) {
                if (model == null || model.isBlank() || offered.id().equalsIgnoreCase(model.strip())) {
                    return new Chosen(generator, offered);
                }
            }
        }
        throw new ValidationException(MediaErrors.UNKNOWN_MEDIA_MODEL, "unknown image model " + model);
    }

    private record Chosen(ImageGenerationPaidToolPort generator, MediaModel model) {
    }
}
