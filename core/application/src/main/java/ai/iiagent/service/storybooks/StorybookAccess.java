package ai.iiagent.service.storybooks;

import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.storybooks.Storybook;
import ai.iiagent.domain.storybooks.StorybookErrors;
import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.out.storybooks.StorybookRepository;

/** The caller's own book (or a published one), else not found (another user's book looks like none). */
final class StorybookAccess {

    private StorybookAccess() {
    }

    static Storybook own(StorybookRepository books, Identity caller, StorybookId id) {
        return books.find(id).filter(book -> book.owner().equals(caller.userId()))
                .orElseThrow(StorybookAccess::notFound);
    }

    /** A published version, for anyone; an unpublished one looks like none. */
    static Storybook published(StorybookRepository books, StorybookId id) {
        return books.find(id).filter(Storybook::published).orElseThrow(StorybookAccess::notFound);
    }

    static NotFoundException notFound() {
        return new NotFoundException(StorybookErrors.STORYBOOK_NOT_FOUND, "storybook not found");
    }
}
