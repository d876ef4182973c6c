package ai.iiagent.service.storybooks;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.storybooks.NumberedPage;
import ai.iiagent.domain.storybooks.Storybook;
import ai.iiagent.domain.storybooks.StorybookErrors;
import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.storybooks.StorybookJobs;
import ai.iiagent.domain.storybooks.StorybookStatus;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.storybooks.StorybookStarted;
import ai.iiagent.port.in.storybooks.VoiceOverStorybookUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.jobs.DurableJobs;
import ai.iiagent.port.out.jobs.JobId;
import ai.iiagent.port.out.jobs.JobRequest;
import ai.iiagent.port.out.jobs.RetryPolicy;
import ai.iiagent.port.out.storybooks.StorybookRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Starts a voice-over: the new version (pages shared for now) and its {@link StorybookVoiceJob}. */
public final class VoiceOverStorybookService implements VoiceOverStorybookUseCase {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})?");

    private final StorybookRepository books;
    private final DurableJobs jobs;
    private final StorybookMedia media;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;
    private final RetryPolicy retry;

    public VoiceOverStorybookService(StorybookRepository books, DurableJobs jobs, StorybookMedia media,
                                     UnitOfWork unitOfWork, ClockPort clock, RetryPolicy retry) {
        this.books = books;
        this.jobs = jobs;
        this.media = media;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.retry = retry;
    }

    @Override
    public StorybookStarted voice(Identity caller, StorybookId id, String language, boolean force) {
        String code = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(code).matches()) {
            throw new ValidationException(StorybookErrors.INVALID_STORYBOOK_LANGUAGE,
                    "language must be a language code such as en, fr or pt-br");
        }
        Storybook next = unitOfWork.inTransaction(() -> {
            Storybook book = StorybookAccess.own(books, caller, id);
            if (book.status() != StorybookStatus.READY) {
                throw new ConflictException(StorybookErrors.STORYBOOK_NOT_READY, "the book is "
                        + book.status().name().toLowerCase(Locale.ROOT) + "; add voice-over when its pages are made");
            }
            Instant now = clock.now();
            int newest = books.versions(book.rootId()).stream().mapToInt(Storybook::version).max().orElse(book.version());
            Storybook made = book.nextVersion(newest, now);
            Storybook voiced = new Storybook(made.id(), made.owner(), made.sessionId(), made.title(), made.style(),
                    made.rootId(), made.parentId(), made.version(), made.pageCount(), StorybookStatus.GENERATING, true,
                    false, now, now);
            books.create(voiced);
            books.sharePages(id, voiced.id(), 0);
            return voiced;
        });
        List<NumberedPage> pages = books.pages(next.id());
        List<Credits> prices = pages.stream()
                .map(page -> force || page.page().audioAssetId().isEmpty() ? media.speechPrice(page.page().text()) : Credits.ZERO)
                .toList();
        JobId job = StorybookJobSubmission.submitOrFail(jobs, books, clock, next.id(),
                new JobRequest(StorybookJobs.VOICE_OVER, next.id().value().toString(), Map.of(
                        StorybookJobs.BOOK_PARAMETER, next.id().value().toString(), StorybookJobs.LANGUAGE_PARAMETER, code,
                        StorybookJobs.FORCE_PARAMETER, Boolean.toString(force)), retry));
        return new StorybookStarted(next, job.value(), prices, prices.stream().reduce(Credits.ZERO, Credits::plus));
    }
}
