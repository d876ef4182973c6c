package ai.iiagent.adapter.llm.offline;

import java.util.List;

/**
 * The offline model's storybook answers (docs/storybooks.md), recognised by the service's system prompt: a page's
 * text is "Once upon a time, " and the scene (the line after "Scene: "); a rewrite is the text (after "Text:") with
 * " (rewritten: INSTRUCTION)" appended. Deterministic, so tests can assert the exact words.
 */
final class OfflineStorybookTextRules {

    static final String PAGE_PROMPT_START = "Write the text of one page of an illustrated storybook";
    static final String REWRITE_PROMPT_START = "Rewrite the text of one page of an illustrated storybook";
    private static final String SCENE = "Scene: ";
    private static final String INSTRUCTION = "Instruction: ";
    private static final String TEXT = "Text:\n";

    private OfflineStorybookTextRules() {
    }

    /** The answer, or null when the system prompt is not a storybook one. */
    static OfflineScript.Reply reply(String system, String said) {
        if (system.startsWith(PAGE_PROMPT_START)) {
            return new OfflineScript.Reply("Telling the scene for a young reader.",
                    "Once upon a time, " + after(said, SCENE), List.of(), false);
        }
        if (system.startsWith(REWRITE_PROMPT_START)) {
            int text = said.indexOf(TEXT);
            String original = text < 0 ? said.strip() : said.substring(text + TEXT.length()).strip();
            String instruction = said.lines().filter(line -> line.startsWith(INSTRUCTION))
                    .map(line -> line.substring(INSTRUCTION.length()).strip()).findFirst().orElse("");
            return new OfflineScript.Reply("Rewriting the page as asked.",
                    original + " (rewritten: " + instruction + ")", List.of(), false);
        }
        return null;
    }

    private static String after(String said, String label) {
        return said.lines().filter(line -> line.startsWith(label)).map(line -> line.substring(label.length()).strip())
                .findFirst().orElse(said.strip());
    }
}
