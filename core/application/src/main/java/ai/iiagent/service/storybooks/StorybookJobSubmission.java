package ai.iiagent.service.storybooks;

import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.domain.storybooks.StorybookErrors;
import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.storybooks.StorybookStatus;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.jobs.DurableJobs;
import ai.iiagent.port.out.jobs.JobId;
import ai.iiagent.port.out.jobs.JobRequest;
import ai.iiagent.port.out.storybooks.StorybookRepository;

/**
 * Queues the job that makes a book; a book whose job could not be queued is stored as failed, since no job will
 * ever move it out of generating (lists and progress would show it generating for good); the caller gets a 503.
 */
final class StorybookJobSubmission {

    private StorybookJobSubmission() {
    }

    static JobId submitOrFail(DurableJobs jobs, StorybookRepository books, ClockPort clock, StorybookId book,
                              JobRequest request) {
        try {
            return jobs.submit(request);
        } catch (RuntimeException refused) {
            books.setStatus(book, StorybookStatus.FAILED, clock.now());
            throw new ServiceUnavailableException(StorybookErrors.STORYBOOK_QUEUE_UNAVAILABLE,
                    "the book could not be queued (it is stored as failed); try again shortly: " + refused.getMessage());
        }
    }
}
