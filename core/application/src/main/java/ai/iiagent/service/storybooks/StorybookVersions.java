package ai.iiagent.service.storybooks;

import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.storybooks.NumberedPage;
import ai.iiagent.domain.storybooks.StoryPage;
import ai.iiagent.domain.storybooks.Storybook;
import ai.iiagent.domain.storybooks.StorybookErrors;
import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.storybooks.StorybookStatus;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.storybooks.StorybookView;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.storybooks.StorybookRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Every edit of a book: a new version (one higher than the newest of its root, this one as parent) that shares all
 * pages but the changed ones, which are new pages made from the old ones. Only a finished (ready) book is edited.
 */
final class StorybookVersions {

    private final StorybookRepository books;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;

    StorybookVersions(StorybookRepository books, UnitOfWork unitOfWork, ClockPort clock) {
        this.books = books;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** The caller's ready book and its page {@code number}, or the error an edit answers. */
    NumberedPage editablePage(Identity caller, StorybookId id, int number) {
        Storybook book = StorybookAccess.own(books, caller, id);
        ready(book);
        return page(book, number);
    }

    StorybookView edit(Identity caller, StorybookId id, Map<Integer, BiFunction<StoryPage, Instant, StoryPage>> changes) {
        return unitOfWork.inTransaction(() -> {
            Storybook book = StorybookAccess.own(books, caller, id);
            ready(book);
            Map<Integer, NumberedPage> pages = new HashMap<>();
            changes.keySet().forEach(number -> pages.put(number, page(book, number)));
            Instant now = clock.now();
            int newest = books.versions(book.rootId()).stream().mapToInt(Storybook::version).max().orElse(book.version());
            Storybook next = book.nextVersion(newest, now);
            books.create(next);
            books.sharePages(id, next.id(), 0);
            changes.forEach((number, change) -> books.placeNewPage(next.id(), number,
                    change.apply(pages.get(number).page(), now)));
            return new StorybookView(next, books.pages(next.id()));
        });
    }

    private static void ready(Storybook book) {
        if (book.status() != StorybookStatus.READY) {
            throw new ConflictException(StorybookErrors.STORYBOOK_NOT_READY, "the book is " + book.status()
                    .name().toLowerCase(Locale.ROOT) + "; edit it when its pages are made");
        }
    }

    private NumberedPage page(Storybook book, int number) {
        return books.pages(book.id()).stream().filter(candidate -> candidate.number() == number).findFirst()
                .orElseThrow(() -> new ValidationException(StorybookErrors.INVALID_STORYBOOK_PAGE,
                        "page_number must be 1.." + book.pageCount()));
    }
}
