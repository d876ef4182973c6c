package ai.iiagent.service.storybooks;

import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.storybooks.Storybook;
import ai.iiagent.domain.storybooks.StorybookErrors;
import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.storybooks.StorybookStatus;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.storybooks.CancelStorybookUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.jobs.DurableJobs;
import ai.iiagent.port.out.jobs.JobState;
import ai.iiagent.port.out.storybooks.StorybookRepository;

/**
 * Cancels a book's page job: a queued or waiting job ends at once (the book is marked cancelled here), a running
 * one stops before its next page (the job marks the book).
 */
public final class CancelStorybookService implements CancelStorybookUseCase {

    private final StorybookRepository books;
    private final DurableJobs jobs;
    private final ClockPort clock;

    public CancelStorybookService(StorybookRepository books, DurableJobs jobs, ClockPort clock) {
        this.books = books;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public boolean cancel(Identity caller, StorybookId id) {
        Storybook book = books.find(id).filter(found -> found.owner().equals(caller.userId()))
                .orElseThrow(() -> new NotFoundException(StorybookErrors.STORYBOOK_NOT_FOUND, "storybook not found"));
        boolean cancelled = jobs.latestFor(book.id().value().toString())
                .filter(status -> !status.state().finished())
                .map(status -> jobs.cancel(status.id()))
                .orElse(false);
        if (cancelled && book.status() == StorybookStatus.GENERATING
                && jobs.latestFor(book.id().value().toString()).map(status -> status.state() == JobState.CANCELLED).orElse(false)) {
            books.setStatus(id, StorybookStatus.CANCELLED, clock.now());
        }
        return cancelled;
    }
}
