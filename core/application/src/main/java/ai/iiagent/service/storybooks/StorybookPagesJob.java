package ai.iiagent.service.storybooks;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.files.MediaProvenance;
import ai.iiagent.domain.storybooks.NumberedPage;
import ai.iiagent.domain.storybooks.StoryPage;
import ai.iiagent.domain.storybooks.Storybook;
import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.storybooks.StorybookJobs;
import ai.iiagent.domain.storybooks.StorybookStatus;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.files.ShareSessionFileCommand;
import ai.iiagent.port.in.files.ShareSessionFileUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.jobs.JobContext;
import ai.iiagent.port.out.jobs.JobHandler;
import ai.iiagent.port.out.jobs.RetryableJobFailure;
import ai.iiagent.port.out.llm.LlmCallFailedException;
import ai.iiagent.port.out.media.AspectRatio;
import ai.iiagent.port.out.media.GeneratedImage;
import ai.iiagent.port.out.media.GeneratedSpeech;
import ai.iiagent.port.out.media.ImageGenerationRequest;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.SpeechRequest;
import ai.iiagent.port.out.storybooks.StorybookRepository;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.PaidToolCall;
import ai.iiagent.service.metering.ToolCharge;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The durable job that makes a book's pages in order. Each page: its text (written by the model from the title, scene
 * and style, {@link StorybookWriter}), its illustration and, with voice-over, its text spoken; each generation held
 * and settled on its own through {@link BillableExecutor} (keys per book, page and part, so a retried page is not
 * billed twice). Pages already stored are skipped (a job
 * run again after a crash or a retry goes on where it stopped). Between pages it checks for cancellation: the pages
 * not started are neither held nor billed. A provider's passing failure (5xx, time-out) retries the job with back-off.
 */
public final class StorybookPagesJob implements JobHandler {

    private final StorybookRepository books;
    private final StorybookMedia media;
    private final StorybookWriter writer;
    private final BillableExecutor billable;
    private final ShareSessionFileUseCase files;
    private final ClockPort clock;

    public StorybookPagesJob(StorybookRepository books, StorybookMedia media, StorybookWriter writer,
                             BillableExecutor billable, ShareSessionFileUseCase files, ClockPort clock) {
        this.books = books;
        this.media = media;
        this.writer = writer;
        this.billable = billable;
        this.files = files;
        this.clock = clock;
    }

    @Override
    public void run(JobContext context) {
        StorybookId id = new StorybookId(UUID.fromString(context.parameters().get(StorybookJobs.BOOK_PARAMETER)));
        Optional<Storybook> found = books.find(id);
        if (found.isEmpty()) {
            return; // deleted meanwhile
        }
        Storybook book = found.get();
        Set<Integer> done = books.pages(id).stream().map(NumberedPage::number).collect(Collectors.toSet());
        for (int number = 1; number <= book.pageCount(); number++) {
            if (context.cancelRequested()) {
                books.setStatus(id, StorybookStatus.CANCELLED, clock.now());
                return;
            }
            if (!done.contains(number)) {
                makePage(book, number, context.parameters().get(StorybookJobs.sceneParameter(number)));
            }
            context.progress(number, book.pageCount(), "page " + number + " of " + book.pageCount());
        }
        books.setStatus(id, StorybookStatus.READY, clock.now());
    }

    /** Its last try failed (or a failure no retry mends): the book is failed, not left generating. */
    @Override
    public void failed(JobContext context, String error) {
        books.setStatus(new StorybookId(UUID.fromString(context.parameters().get(StorybookJobs.BOOK_PARAMETER))),
                StorybookStatus.FAILED, clock.now());
    }

    private void makePage(Storybook book, int number, String scene) {
        String text = text(book, number, scene);
        String prompt = book.style().isEmpty() ? scene : scene + ". Style: " + book.style();
        GeneratedImage image = paid(book, number, StorybookJobs.IMAGE_PART, media.imagePrice(),
                reservation -> media.image().generate(new ImageGenerationRequest(prompt, AspectRatio.SQUARE, null), reservation));
        UUID imageAsset = store(book, number, "png", image.contentType(), image.content(),
                new MediaProvenance(StorybookJobs.TOOL, prompt, image.model(), image.provider()));
        Optional<UUID> audioAsset = Optional.empty();
        if (book.voiceOver()) {
            GeneratedSpeech speech = paid(book, number, StorybookJobs.VOICE_PART, media.speechPrice(text),
                    reservation -> media.speech().generate(new SpeechRequest(text, null, SpeechRequest.AudioFormat.MP3, null),
                            reservation));
            audioAsset = Optional.of(store(book, number, SpeechRequest.AudioFormat.MP3.extension(), speech.contentType(),
                    speech.content(), new MediaProvenance(StorybookJobs.TOOL, text, speech.model(), speech.provider())));
        }
        books.placeNewPage(book.id(), number, new StoryPage(UUID.randomUUID(), scene, text, Optional.of(imageAsset),
                audioAsset, Optional.empty(), clock.now()));
    }

    /** The model's text for the page; the scene itself when it answered nothing. A failed call retries the job. */
    private String text(Storybook book, int number, String scene) {
        try {
            String written = writer.pageText(book, number, scene);
            return written.isEmpty() ? scene : written;
        } catch (LlmCallFailedException e) {
            throw new RetryableJobFailure("page " + number + " " + StorybookJobs.TEXT_PART + ": " + e.getMessage(), e);
        }
    }

    private <T> T paid(Storybook book, int number, String part, Credits price, Function<CreditReservation, T> generate) {
        ToolCharge charge = new ToolCharge(book.owner(), book.sessionId().value(), book.id().value(), StorybookJobs.TOOL,
                "page-" + number + "-" + part, price);
        try {
            return billable.runPaidTool(charge, new PaidToolCall<>() {
                @Override
                public T call(CreditReservation reservation) {
                    return generate.apply(reservation);
                }

                @Override
                public Credits cost(T result) {
                    return price;
                }
            });
        } catch (MediaGenerationFailedException e) {
            if (e.kind() == MediaGenerationFailedException.Kind.PROVIDER_ERROR
                    || e.kind() == MediaGenerationFailedException.Kind.TIMEOUT) {
                throw new RetryableJobFailure("page " + number + " " + part + ": " + e.getMessage(), e);
            }
            books.setStatus(book.id(), StorybookStatus.FAILED, clock.now());
            throw e;
        }
    }

    private UUID store(Storybook book, int number, String extension, String contentType, byte[] content,
                       MediaProvenance provenance) {
        Identity owner = new Identity(book.owner(), UserRole.USER);
        return files.share(new ShareSessionFileCommand(owner, book.sessionId(), "storybook-" + book.id().value().toString()
                .substring(0, 8) + "-page-" + number + "." + extension, contentType, content, provenance)).asset().id().value();
    }
}
