package ai.iiagent.service.storybooks;

import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.storybooks.NumberedPage;
import ai.iiagent.domain.storybooks.StoryPage;
import ai.iiagent.domain.storybooks.Storybook;
import ai.iiagent.domain.storybooks.StorybookErrors;
import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.storybooks.RewriteStorybookPageUseCase;
import ai.iiagent.port.in.storybooks.StorybookView;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.storybooks.StorybookRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;
import java.util.Map;
import java.util.function.BiFunction;

/** {@code edit/ai-rewrite}: input checked and the book's ownership and readiness before the billed model call. */
public final class RewriteStorybookPageService implements RewriteStorybookPageUseCase {

    static final int MAX_INSTRUCTION_CHARS = 2_000;
    /** When the caller gives no instruction. */
    static final String DEFAULT_INSTRUCTION = "Make it clearer and more vivid for a young reader.";

    private final StorybookRepository books;
    private final StorybookVersions versions;
    private final StorybookWriter writer;

    public RewriteStorybookPageService(StorybookRepository books, UnitOfWork unitOfWork, ClockPort clock,
                                       StorybookWriter writer) {
        this.books = books;
        this.versions = new StorybookVersions(books, unitOfWork, clock);
        this.writer = writer;
    }

    @Override
    public StorybookView rewrite(Identity caller, StorybookId id, int pageNumber, String instruction, String text) {
        String how = instruction == null || instruction.isBlank() ? DEFAULT_INSTRUCTION : instruction.strip();
        if (how.length() > MAX_INSTRUCTION_CHARS) {
            throw new ValidationException(StorybookErrors.INVALID_STORYBOOK_INSTRUCTION,
                    "instruction must be at most " + MAX_INSTRUCTION_CHARS + " characters");
        }
        if (text != null && text.strip().length() > StoryPage.MAX_TEXT_CHARS) {
            throw new ValidationException(StorybookErrors.INVALID_STORYBOOK_TEXT,
                    "text must be 1.." + StoryPage.MAX_TEXT_CHARS + " characters");
        }
        NumberedPage page = versions.editablePage(caller, id, pageNumber);
        Storybook book = StorybookAccess.own(books, caller, id);
        String original = text == null || text.isBlank() ? page.page().text() : text.strip();
        String rewritten = writer.rewrite(book, pageNumber, original, how);
        if (rewritten.isEmpty()) {
            throw new UpstreamFailureException(StorybookErrors.STORYBOOK_REWRITE_FAILED, "the model answered no text");
        }
        return versions.edit(caller, id, Map.<Integer, BiFunction<StoryPage, Instant, StoryPage>>of(pageNumber,
                (old, now) -> old.withText(rewritten, now)));
    }
}
