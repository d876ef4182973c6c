package ai.iiagent.service.storybooks;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.storybooks.Storybook;
import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.storybooks.StorybookStatus;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.sessions.SessionQuery;
import ai.iiagent.port.in.storybooks.ReadStorybooksUseCase;
import ai.iiagent.port.in.storybooks.StorybookProgress;
import ai.iiagent.port.in.storybooks.StorybookView;
import ai.iiagent.port.out.jobs.DurableJobs;
import ai.iiagent.port.out.jobs.JobState;
import ai.iiagent.port.out.jobs.JobStatus;
import ai.iiagent.port.out.storybooks.StorybookRepository;
import java.util.List;
import java.util.Optional;

/** Storybooks as their owner sees them (with the page job's progress), and published versions for anyone. */
public final class ReadStorybooksService implements ReadStorybooksUseCase {

    private final StorybookRepository books;
    private final DurableJobs jobs;
    private final GetSessionUseCase sessions;

    public ReadStorybooksService(StorybookRepository books, DurableJobs jobs, GetSessionUseCase sessions) {
        this.books = books;
        this.jobs = jobs;
        this.sessions = sessions;
    }

    @Override
    public StorybookView get(Identity caller, StorybookId id) {
        Storybook book = StorybookAccess.own(books, caller, id);
        return new StorybookView(book, books.pages(id));
    }

    @Override
    public List<StorybookView> inSession(Identity caller, SessionId sessionId, boolean includePages) {
        sessions.get(new SessionQuery(caller, sessionId)); // the caller's session, or not found
        return books.inSession(caller.userId(), sessionId).stream()
                .map(book -> new StorybookView(book, includePages ? books.pages(book.id()) : List.of())).toList();
    }

    @Override
    public List<Storybook> versions(Identity caller, StorybookId id) {
        Storybook book = StorybookAccess.own(books, caller, id);
        return books.versions(book.rootId());
    }

    @Override
    public StorybookProgress progress(Identity caller, StorybookId id) {
        // The job before the book: a job seen finished has already stored the book's last status (its handler
        // does that before the job ends), so the answer never pairs "finished" with "generating".
        Optional<JobStatus> job = jobs.latestFor(id.value().toString()); // the page job, or a voice-over job
        Storybook book = StorybookAccess.own(books, caller, id);
        int pages = books.pages(id).size();
        return job.map(status -> new StorybookProgress(statusAfter(book.status(), status.state()),
                        Math.max(pages, status.done()), book.pageCount(), status.note(), status.state().finished(),
                        status.error()))
                // No job yet: the book was just stored and its job is being submitted.
                .orElseGet(() -> new StorybookProgress(book.status(), pages, book.pageCount(), "",
                        book.status() != StorybookStatus.GENERATING, Optional.empty()));
    }

    /**
     * A job that failed or was cancelled ends before the book says so (the engine, or the cancel, marks the job
     * first): its end already decides the book's, so a finished answer never says "generating".
     */
    private static StorybookStatus statusAfter(StorybookStatus book, JobState job) {
        if (book != StorybookStatus.GENERATING) {
            return book;
        }
        return switch (job) {
            case FAILED -> StorybookStatus.FAILED;
            case CANCELLED -> StorybookStatus.CANCELLED;
            default -> book;
        };
    }

    @Override
    public StorybookView published(StorybookId id) {
        Storybook book = StorybookAccess.published(books, id);
        return new StorybookView(book, books.pages(id));
    }
}
