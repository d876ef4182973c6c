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
import ai.iiagent.port.out.media.GeneratedSpeech;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.SpeechRequest;
import ai.iiagent.port.out.storybooks.StorybookRepository;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.PaidToolCall;
import ai.iiagent.service.metering.ToolCharge;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The durable job that reads a voice-over version's pages aloud in order, each billed on its own. A page is done
 * when it is no longer the page shared with the parent version, so a job run again skips what it finished; pages
 * that had a voice-over keep it unless forced. Cancel stops before the next page; a provider's passing failure
 * retries the job.
 */
public final class StorybookVoiceJob implements JobHandler {

    private final StorybookRepository books;
    private final StorybookMedia media;
    private final BillableExecutor billable;
    private final ShareSessionFileUseCase files;
    private final ClockPort clock;

    public StorybookVoiceJob(StorybookRepository books, StorybookMedia media, BillableExecutor billable,
                             ShareSessionFileUseCase files, ClockPort clock) {
        this.books = books;
        this.media = media;
        this.billable = billable;
        this.files = files;
        this.clock = clock;
    }

    @Override
    public void run(JobContext context) {
        Map<String, String> parameters = context.parameters();
        StorybookId id = new StorybookId(UUID.fromString(parameters.get(StorybookJobs.BOOK_PARAMETER)));
        Optional<Storybook> found = books.find(id);
        if (found.isEmpty()) {
            return;
        }
        Storybook book = found.get();
        boolean force = Boolean.parseBoolean(parameters.get(StorybookJobs.FORCE_PARAMETER));
        String language = parameters.get(StorybookJobs.LANGUAGE_PARAMETER);
        Set<UUID> inherited = book.parentId().map(parent -> books.pages(parent).stream().map(page -> page.page().id())
                .collect(Collectors.toSet())).orElse(Set.of());
        for (NumberedPage page : books.pages(id)) {
            if (context.cancelRequested()) {
                books.setStatus(id, StorybookStatus.CANCELLED, clock.now());
                return;
            }
            boolean done = !inherited.contains(page.page().id());
            boolean keep = page.page().audioAssetId().isPresent() && !force;
            if (!done && !keep) {
                speak(book, page, language);
            }
            context.progress(page.number(), book.pageCount(), "page " + page.number() + " of " + book.pageCount());
        }
        books.setStatus(id, StorybookStatus.READY, clock.now());
    }

    /** Its last try failed (or a failure no retry mends): the voiced version is failed, not left generating. */
    @Override
    public void failed(JobContext context, String error) {
        books.setStatus(new StorybookId(UUID.fromString(context.parameters().get(StorybookJobs.BOOK_PARAMETER))),
                StorybookStatus.FAILED, clock.now());
    }

    private void speak(Storybook book, NumberedPage page, String language) {
        String text = page.page().text();
        Credits price = media.speechPrice(text);
        String voice = media.speech().models().getFirst().offline() ? language : null;
        ToolCharge charge = new ToolCharge(book.owner(), book.sessionId().value(), book.id().value(), StorybookJobs.TOOL,
                "page-" + page.number() + "-" + StorybookJobs.VOICE_PART, price);
        GeneratedSpeech speech;
        try {
            speech = billable.runPaidTool(charge, new PaidToolCall<>() {
                @Override
                public GeneratedSpeech call(CreditReservation reservation) {
                    return media.speech().generate(new SpeechRequest(text, voice, SpeechRequest.AudioFormat.MP3, null),
                            reservation);
                }

                @Override
                public Credits cost(GeneratedSpeech result) {
                    return price;
                }
            });
        } catch (MediaGenerationFailedException e) {
            if (e.kind() == MediaGenerationFailedException.Kind.PROVIDER_ERROR
                    || e.kind() == MediaGenerationFailedException.Kind.TIMEOUT) {
                throw new RetryableJobFailure("page " + page.number() + " voice: " + e.getMessage(), e);
            }
            books.setStatus(book.id(), StorybookStatus.FAILED, clock.now());
            throw e;
        }
        UUID asset = files.share(new ShareSessionFileCommand(new Identity(book.owner(), UserRole.USER), book.sessionId(),
                "storybook-voice-page-" + page.number() + "." + SpeechRequest.AudioFormat.MP3.extension(),
                speech.contentType(), speech.content(), new MediaProvenance(StorybookJobs.TOOL, text, speech.model(),
                speech.provider()))).asset().id().value();
        StoryPage voiced = page.page().withAudio(asset, clock.now());
        books.placeNewPage(book.id(), page.number(), voiced);
    }
}
