package ai.iiagent.service.storybooks;

import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.credits.LlmQuote;
import ai.iiagent.domain.storybooks.StoryPage;
import ai.iiagent.domain.storybooks.Storybook;
import ai.iiagent.domain.storybooks.StorybookJobs;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.port.out.llm.ModelCatalogPort;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.LlmCharge;
import java.util.List;
import java.util.UUID;

/**
 * The model that writes a book's words: a page's text from the title, scene and style while the book is made, and a
 * page's text rewritten on request. Each call is one turn of the owner's default model billed through
 * {@link BillableExecutor#streamLlm} (reserve, then settle the tokens used; the user's own key at zero).
 */
public final class StorybookWriter {

    /** The offline model recognises these openings (its deterministic storybook answers). */
    static final String PAGE_PROMPT = "Write the text of one page of an illustrated storybook: two or three short,"
            + " vivid sentences for a young reader that tell the scene below in the book's voice. Answer with the page's"
            + " text only.";
    static final String REWRITE_PROMPT = "Rewrite the text of one page of an illustrated storybook as the instruction"
            + " says, keeping its meaning and about its length. Answer with the new text only.";
    static final String SCENE_LABEL = "Scene: ";
    static final String INSTRUCTION_LABEL = "Instruction: ";
    static final String TEXT_LABEL = "Text:\n";
    /** Plenty for a page of at most {@link StoryPage#MAX_TEXT_CHARS} characters. */
    static final int MAX_OUTPUT_TOKENS = Math.max(LlmQuote.MIN_OUTPUT_TOKENS, StoryPage.MAX_TEXT_CHARS / 2);

    private final ModelCatalogPort models;
    private final BillableExecutor billable;

    public StorybookWriter(ModelCatalogPort models, BillableExecutor billable) {
        this.models = models;
        this.billable = billable;
    }

    /**
     * The text of page {@code number}, billed under the book's id and the page ({@code page-<n>-text}): a job run
     * again holds under the same key, so a page is never billed twice. Empty when the model answered nothing.
     */
    String pageText(Storybook book, int number, String scene) {
        String ask = "Title: " + book.title() + "\n" + (book.style().isEmpty() ? "" : "Style: " + book.style() + "\n")
                + SCENE_LABEL + scene;
        return write(book, "page-" + number + "-" + StorybookJobs.TEXT_PART, PAGE_PROMPT, ask);
    }

    /** Page {@code number}'s {@code text} rewritten as {@code instruction} says; each rewrite billed on its own. */
    String rewrite(Storybook book, int number, String text, String instruction) {
        String ask = "Title: " + book.title() + "\n" + INSTRUCTION_LABEL + instruction + "\n" + TEXT_LABEL + text;
        return write(book, "page-" + number + "-rewrite-" + UUID.randomUUID(), REWRITE_PROMPT, ask);
    }

    private String write(Storybook book, String callKey, String system, String ask) {
        ResolvedModel model = models.resolve(book.owner(), null);
        int cap = Math.min(MAX_OUTPUT_TOKENS, model.maxOutputTokens() > 0 ? model.maxOutputTokens() : MAX_OUTPUT_TOKENS);
        LlmRequest request = new LlmRequest(model.provider(), model.modelId(), model.endpoint(),
                List.of(Message.system(system), Message.user(ask)), List.of(), cap);
        LlmTurn turn = billable.streamLlm(new LlmCharge(book.owner(), book.sessionId().value(), book.id().value(), callKey,
                model.price(), cap, model.byok()), request, delta -> { });
        return clean(turn.text());
    }

    /** The answer without surrounding quotes, cut to a page's most characters. */
    static String clean(String written) {
        String text = written == null ? "" : written.strip().replaceAll("^[\"“]+|[\"”]+$", "").strip();
        return text.length() > StoryPage.MAX_TEXT_CHARS ? text.substring(0, StoryPage.MAX_TEXT_CHARS).strip() : text;
    }
}
