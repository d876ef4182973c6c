package ai.iiagent.service.storybooks;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.storybooks.Storybook;
import ai.iiagent.domain.storybooks.StorybookErrors;
import ai.iiagent.domain.storybooks.StorybookJobs;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.sessions.SessionQuery;
import ai.iiagent.port.in.storybooks.GenerateStorybookCommand;
import ai.iiagent.port.in.storybooks.GenerateStorybookUseCase;
import ai.iiagent.port.in.storybooks.StorybookStarted;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.jobs.DurableJobs;
import ai.iiagent.port.out.jobs.JobId;
import ai.iiagent.port.out.jobs.JobRequest;
import ai.iiagent.port.out.jobs.RetryPolicy;
import ai.iiagent.port.out.storybooks.StorybookRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks and stores a new book, quotes its pages, and queues the job that makes them ({@link StorybookPagesJob}). */
public final class GenerateStorybookService implements GenerateStorybookUseCase {

    static final int MAX_SCENE_CHARS = 2_000;
    static final int MAX_STYLE_CHARS = 300;

    private final StorybookRepository books;
    private final DurableJobs jobs;
    private final GetSessionUseCase sessions;
    private final StorybookMedia media;
    private final ClockPort clock;
    private final RetryPolicy retry;

    public GenerateStorybookService(StorybookRepository books, DurableJobs jobs, GetSessionUseCase sessions,
                                    StorybookMedia media, ClockPort clock, RetryPolicy retry) {
        this.books = books;
        this.jobs = jobs;
        this.sessions = sessions;
        this.media = media;
        this.clock = clock;
        this.retry = retry;
    }

    @Override
    public StorybookStarted generate(GenerateStorybookCommand command) {
        String title = command.title() == null ? "" : command.title().strip();
        if (title.isEmpty() || title.length() > Storybook.MAX_TITLE_CHARS) {
            throw new ValidationException(StorybookErrors.INVALID_STORYBOOK_TITLE,
                    "title must be 1.." + Storybook.MAX_TITLE_CHARS + " characters");
        }
        List<String> scenes = command.scenes().stream().map(scene -> scene == null ? "" : scene.strip()).toList();
        if (scenes.isEmpty() || scenes.size() > Storybook.MAX_PAGES
                || scenes.stream().anyMatch(scene -> scene.isEmpty() || scene.length() > MAX_SCENE_CHARS)) {
            throw new ValidationException(StorybookErrors.INVALID_STORYBOOK_SCENES, "scenes must be 1.." + Storybook.MAX_PAGES
                    + " non-empty texts of at most " + MAX_SCENE_CHARS + " characters");
        }
        String style = command.style() == null ? "" : command.style().strip();
        if (style.length() > MAX_STYLE_CHARS) {
            throw new ValidationException(StorybookErrors.INVALID_STORYBOOK_STYLE,
                    "style must be at most " + MAX_STYLE_CHARS + " characters");
        }
        sessions.get(new SessionQuery(command.owner(), command.sessionId())); // the caller's session, or not found
        List<Credits> pagePrices = scenes.stream().map(scene -> media.pagePrice(scene, command.voiceOver())).toList();
        Credits quote = pagePrices.stream().reduce(Credits.ZERO, Credits::plus);
        Storybook book = Storybook.first(command.owner().userId(), command.sessionId(), title, style, scenes.size(),
                command.voiceOver(), clock.now());
        books.create(book);
        Map<String, String> parameters = new HashMap<>();
        parameters.put(StorybookJobs.BOOK_PARAMETER, book.id().value().toString());
        for (int number = 1; number <= scenes.size(); number++) {
            parameters.put(StorybookJobs.sceneParameter(number), scenes.get(number - 1));
        }
        JobId job = StorybookJobSubmission.submitOrFail(jobs, books, clock, book.id(),
                new JobRequest(StorybookJobs.GENERATE_PAGES, book.id().value().toString(), parameters, retry));
        return new StorybookStarted(book, job.value(), pagePrices, quote);
    }
}
