package ai.iiagent.service.storybooks;

import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.storybooks.StoryPage;
import ai.iiagent.domain.storybooks.Storybook;
import ai.iiagent.domain.storybooks.StorybookErrors;
import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.files.ShareSessionFileCommand;
import ai.iiagent.port.in.files.ShareSessionFileUseCase;
import ai.iiagent.port.in.storybooks.EditStorybookUseCase;
import ai.iiagent.port.in.storybooks.StorybookView;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.storybooks.StorybookRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/** Page edits (text, background) as new versions (the other pages shared), and publishing. */
public final class EditStorybookService implements EditStorybookUseCase {

    private final StorybookRepository books;
    private final StorybookVersions versions;
    private final ClockPort clock;
    private final ShareSessionFileUseCase files;

    public EditStorybookService(StorybookRepository books, UnitOfWork unitOfWork, ClockPort clock,
                                ShareSessionFileUseCase files) {
        this.books = books;
        this.versions = new StorybookVersions(books, unitOfWork, clock);
        this.clock = clock;
        this.files = files;
    }

    @Override
    public StorybookView editText(Identity caller, StorybookId id, int pageNumber, String text) {
        return saveTexts(caller, id, Map.of(pageNumber, text == null ? "" : text));
    }

    @Override
    public StorybookView saveTexts(Identity caller, StorybookId id, Map<Integer, String> texts) {
        if (texts.isEmpty()) {
            throw new ValidationException(StorybookErrors.INVALID_STORYBOOK_TEXT, "send at least one page's text");
        }
        Map<Integer, BiFunction<StoryPage, Instant, StoryPage>> changes = new LinkedHashMap<>();
        texts.forEach((number, text) -> {
            String newText = text == null ? "" : text.strip();
            if (newText.isEmpty() || newText.length() > StoryPage.MAX_TEXT_CHARS) {
                throw new ValidationException(StorybookErrors.INVALID_STORYBOOK_TEXT,
                        "text must be 1.." + StoryPage.MAX_TEXT_CHARS + " characters");
            }
            changes.put(number, (page, now) -> page.withText(newText, now));
        });
        return versions.edit(caller, id, changes);
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
        versions.editablePage(caller, id, pageNumber);
        Storybook book = StorybookAccess.own(books, caller, id);
        UUID asset = files.share(new ShareSessionFileCommand(caller, book.sessionId(), "storybook-background-page-"
                + pageNumber + "." + type.substring(type.indexOf('/') + 1), type, content)).asset().id().value();
        return versions.edit(caller, id, Map.of(pageNumber, (page, now) -> page.withBackground(asset, now)));
    }

    @Override
    public StorybookView publish(Identity caller, StorybookId id, boolean published) {
        StorybookAccess.own(books, caller, id);
        books.setPublished(id, published, clock.now());
        return new StorybookView(books.find(id).orElseThrow(StorybookAccess::notFound), books.pages(id));
    }
}
