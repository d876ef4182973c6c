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
import ai.iiagent.port.in.storybooks.EditStorybookUseCase;
import ai.iiagent.port.in.storybooks.StorybookView;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.storybooks.StorybookRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;
import java.util.Locale;

/** Page edits as new versions (the other pages shared), and publishing. */
public final class EditStorybookService implements EditStorybookUseCase {

    private final StorybookRepository books;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;

    public EditStorybookService(StorybookRepository books, UnitOfWork unitOfWork, ClockPort clock) {
        this.books = books;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public StorybookView editText(Identity caller, StorybookId id, int pageNumber, String text) {
        String newText = text == null ? "" : text.strip();
        if (newText.isEmpty() || newText.length() > StoryPage.MAX_TEXT_CHARS) {
            throw new ValidationException(StorybookErrors.INVALID_STORYBOOK_TEXT,
                    "text must be 1.." + StoryPage.MAX_TEXT_CHARS + " characters");
        }
        return unitOfWork.inTransaction(() -> {
            Storybook book = StorybookAccess.own(books, caller, id);
            if (book.status() != StorybookStatus.READY) {
                throw new ConflictException(StorybookErrors.STORYBOOK_NOT_READY, "the book is " + book.status()
                        .name().toLowerCase(Locale.ROOT) + "; edit it when its pages are made");
            }
            NumberedPage page = books.pages(id).stream().filter(candidate -> candidate.number() == pageNumber).findFirst()
                    .orElseThrow(() -> new ValidationException(StorybookErrors.INVALID_STORYBOOK_PAGE,
                            "page_number must be 1.." + book.pageCount()));
            Instant now = clock.now();
            int newest = books.versions(book.rootId()).stream().mapToInt(Storybook::version).max().orElse(book.version());
            Storybook next = book.nextVersion(newest, now);
            books.create(next);
            books.sharePages(id, next.id(), pageNumber);
            books.placeNewPage(next.id(), pageNumber, page.page().withText(newText, now));
            return new StorybookView(next, books.pages(next.id()));
        });
    }

    @Override
    public StorybookView publish(Identity caller, StorybookId id, boolean published) {
        StorybookAccess.own(books, caller, id);
        books.setPublished(id, published, clock.now());
        return new StorybookView(books.find(id).orElseThrow(StorybookAccess::notFound), books.pages(id));
    }
}
