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
import ai.iiagent.port.in.files.ShareSessionFileCommand;
import ai.iiagent.port.in.files.ShareSessionFileUseCase;
import ai.iiagent.port.in.storybooks.EditStorybookUseCase;
import ai.iiagent.port.in.storybooks.StorybookView;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.storybooks.StorybookRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;

/** Page edits (text, background) as new versions (the other pages shared), and publishing. */
public final class EditStorybookService implements EditStorybookUseCase {

    private final StorybookRepository books;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;
    private final ShareSessionFileUseCase files;

    public EditStorybookService(StorybookRepository books, UnitOfWork unitOfWork, ClockPort clock,
                                ShareSessionFileUseCase files) {
        this.books = books;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.files = files;
    }

    @Override
    public StorybookView editText(Identity caller, StorybookId id, int pageNumber, String text) {
        String newText = text == null ? "" : text.strip();
        if (newText.isEmpty() || newText.length() > StoryPage.MAX_TEXT_CHARS) {
            throw new ValidationException(StorybookErrors.INVALID_STORYBOOK_TEXT,
                    "text must be 1.." + StoryPage.MAX_TEXT_CHARS + " characters");
        }
        return unitOfWork.inTransaction(() -> newVersion(caller, id, pageNumber,
                (page, now) -> page.withText(newText, now)));
    }

    @Override
    public StorybookView setBackground(Identity caller, StorybookId id, int pageNumber, String contentType, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ValidationException(StorybookErrors.BACKGROUND_REQUIRED, "send the picture as multipart field 'file'");
        }
        if (content.length > StoryPage.MAX_BACKGROUND_BYTES) {
            throw new ValidationException(StorybookErrors.BACKGROUND_TOO_LARGE,
                    "the picture is larger than " + StoryPage.MAX_BACKGROUND_BYTES + " bytes");
        }
        String type = ImageSniffer.type(content).orElseThrow(() -> new ValidationException(
                StorybookErrors.INVALID_BACKGROUND_TYPE, "the background must be a PNG, JPEG, WebP or GIF picture"));
        if (contentType != null && !contentType.isBlank() && !contentType.strip().toLowerCase(Locale.ROOT).startsWith(type)) {
            throw new ValidationException(StorybookErrors.INVALID_BACKGROUND_TYPE, "the file is " + type
                    + " but was sent as " + contentType.strip());
        }
        Storybook book = StorybookAccess.own(books, caller, id);
        ready(book);
        page(book, pageNumber);
        UUID asset = files.share(new ShareSessionFileCommand(caller, book.sessionId(), "storybook-background-page-"
                + pageNumber + "." + type.substring(type.indexOf('/') + 1), type, content)).asset().id().value();
        return unitOfWork.inTransaction(() -> newVersion(caller, id, pageNumber,
                (page, now) -> page.withBackground(asset, now)));
    }

    private StorybookView newVersion(Identity caller, StorybookId id, int pageNumber, BiFunction<StoryPage, Instant,
            StoryPage> change) {
        Storybook book = StorybookAccess.own(books, caller, id);
        ready(book);
        NumberedPage page = page(book, pageNumber);
        Instant now = clock.now();
        int newest = books.versions(book.rootId()).stream().mapToInt(Storybook::version).max().orElse(book.version());
        Storybook next = book.nextVersion(newest, now);
        books.create(next);
        books.sharePages(id, next.id(), pageNumber);
        books.placeNewPage(next.id(), pageNumber, change.apply(page.page(), now));
        return new StorybookView(next, books.pages(next.id()));
    }

    private static void ready(Storybook book) {
        if (book.status() != StorybookStatus.READY) {
            throw new ConflictException(StorybookErrors.STORYBOOK_NOT_READY, "the book is " + book.status()
                    .name().toLowerCase(Locale.ROOT) + "; edit it when its pages are made");
        }
    }

    private NumberedPage page(Storybook book, int pageNumber) {
        return books.pages(book.id()).stream().filter(candidate -> candidate.number() == pageNumber).findFirst()
                .orElseThrow(() -> new ValidationException(StorybookErrors.INVALID_STORYBOOK_PAGE,
                        "page_number must be 1.." + book.pageCount()));
    }

    @Override
    public StorybookView publish(Identity caller, StorybookId id, boolean published) {
        StorybookAccess.own(books, caller, id);
        books.setPublished(id, published, clock.now());
        return new StorybookView(books.find(id).orElseThrow(StorybookAccess::notFound), books.pages(id));
    }
}
