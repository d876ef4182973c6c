package ai.iiagent.service.storybooks;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.files.MediaProvenance;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.content.MediaErrors;
import ai.iiagent.domain.storybooks.NumberedPage;
import ai.iiagent.domain.storybooks.StoryPage;
import ai.iiagent.domain.storybooks.Storybook;
import ai.iiagent.domain.storybooks.StorybookErrors;
import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.storybooks.StorybookJobs;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.files.ShareSessionFileCommand;
import ai.iiagent.port.in.files.ShareSessionFileUseCase;
import ai.iiagent.port.in.storybooks.RegenerateStorybookImageUseCase;
import ai.iiagent.port.in.storybooks.StorybookView;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.media.AspectRatio;
import ai.iiagent.port.out.media.GeneratedImage;
import ai.iiagent.port.out.media.ImageGenerationRequest;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.storybooks.StorybookRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.PaidToolCall;
import ai.iiagent.service.metering.ToolCharge;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/** Page pictures made again (illustration or background) through {@link BillableExecutor}, as a new version. */
public final class RegenerateStorybookImageService implements RegenerateStorybookImageUseCase {

    static final int MAX_PROMPT_CHARS = 2_000;

    private final StorybookRepository books;
    private final StorybookVersions versions;
    private final StorybookMedia media;
    private final BillableExecutor billable;
    private final ShareSessionFileUseCase files;

    public RegenerateStorybookImageService(StorybookRepository books, UnitOfWork unitOfWork, ClockPort clock,
                                           StorybookMedia media, BillableExecutor billable, ShareSessionFileUseCase files) {
        this.books = books;
        this.versions = new StorybookVersions(books, unitOfWork, clock);
        this.media = media;
        this.billable = billable;
        this.files = files;
    }

    @Override
    public StorybookView regenerateImage(Identity caller, StorybookId id, int pageNumber, String prompt) {
        NumberedPage page = versions.editablePage(caller, id, pageNumber);
        Storybook book = StorybookAccess.own(books, caller, id);
        String chosen = prompt == null || prompt.isBlank()
                ? (book.style().isEmpty() ? page.page().scene() : page.page().scene() + ". Style: " + book.style())
                : checked(prompt);
        UUID asset = generate(caller, book, pageNumber, chosen, StorybookJobs.IMAGE_PART);
        return versions.edit(caller, id, Map.<Integer, BiFunction<StoryPage, Instant, StoryPage>>of(pageNumber,
                (old, now) -> old.withImage(asset, now)));
    }

    @Override
    public StorybookView generateBackground(Identity caller, StorybookId id, int pageNumber, String prompt) {
        String chosen = checked(prompt);
        versions.editablePage(caller, id, pageNumber);
        Storybook book = StorybookAccess.own(books, caller, id);
        UUID asset = generate(caller, book, pageNumber, chosen, StorybookJobs.BACKGROUND_PART);
        return versions.edit(caller, id, Map.<Integer, BiFunction<StoryPage, Instant, StoryPage>>of(pageNumber,
                (old, now) -> old.withBackground(asset, now)));
    }

    private static String checked(String prompt) {
        String stripped = prompt == null ? "" : prompt.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_PROMPT_CHARS) {
            throw new ValidationException(StorybookErrors.INVALID_STORYBOOK_PROMPT,
                    "prompt must be 1.." + MAX_PROMPT_CHARS + " characters");
        }
        return stripped;
    }

    private UUID generate(Identity caller, Storybook book, int pageNumber, String prompt, String part) {
        Credits price = media.imagePrice();
        ToolCharge charge = new ToolCharge(book.owner(), book.sessionId().value(), book.id().value(), StorybookJobs.TOOL,
                "page-" + pageNumber + "-" + part + "-" + UUID.randomUUID(), price);
        GeneratedImage image;
        try {
            image = billable.runPaidTool(charge, new PaidToolCall<>() {
                @Override
                public GeneratedImage call(CreditReservation reservation) {
                    return media.image().generate(new ImageGenerationRequest(prompt, AspectRatio.SQUARE, null), reservation);
                }

                @Override
                public Credits cost(GeneratedImage result) {
                    return price;
                }
            });
        } catch (MediaGenerationFailedException e) {
            throw switch (e.kind()) {
                case CONTENT_POLICY -> new ValidationException(MediaErrors.MEDIA_CONTENT_REFUSED, e.getMessage());
                default -> new UpstreamFailureException(MediaErrors.MEDIA_GENERATION_FAILED, e.getMessage());
            };
        }
        return files.share(new ShareSessionFileCommand(caller, book.sessionId(), "storybook-" + part + "-page-" + pageNumber
                + ".png", image.contentType(), image.content(), new MediaProvenance(StorybookJobs.TOOL, prompt, image.model(),
                image.provider()))).asset().id().value();
    }
}
