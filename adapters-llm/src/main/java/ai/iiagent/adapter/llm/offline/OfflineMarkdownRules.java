package ai.iiagent.adapter.llm.offline;

import java.util.List;
import java.util.Locale;

/**
 * Answers that show the web UI's Markdown rendering: "markdown demo" → a short answer with a
 * heading, a GFM table, a task list, a highlighted code block and display math; "markdown long" →
 * about 2,000 tokens of such Markdown (numbered sections), streamed word by word like every offline
 * answer (the UI's render benchmark, docs/benchmarks.md).
 */
final class OfflineMarkdownRules {

    static final String DEMO = """
            ## Results

            Here is the comparison you asked for:

            | Language | Typing | First release |
            |---|---|---|
            | Java | static | 1995 |
            | Python | dynamic | 1991 |

            - [x] compare the languages
            - [ ] pick one

            ```java
            int answer = 6 * 7;
            System.out.println(answer);
            ```

            The energy is $$E = mc^2$$ and inline $a^2 + b^2 = c^2$ holds too.

            See [the docs](https://example.org/docs) for more.
            """;

    /** About 2,000 tokens (8,000 characters) of Markdown. */
    static final int LONG_CHARACTERS = 8_000;

    private OfflineMarkdownRules() {
    }

    static OfflineScript.Reply reply(String said) {
        String lower = said.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("markdown demo")) {
            return new OfflineScript.Reply("Showing formatted output.", DEMO, List.of(), false);
        }
        if (lower.startsWith("markdown long")) {
            StringBuilder text = new StringBuilder();
            for (int section = 1; text.length() < LONG_CHARACTERS; section++) {
                text.append("### Section ").append(section).append("\n\n").append(DEMO.replace("## Results\n\n", ""))
                        .append('\n');
            }
            return new OfflineScript.Reply("A long formatted answer.", text.toString(), List.of(), false);
        }
        return null;
    }
}
