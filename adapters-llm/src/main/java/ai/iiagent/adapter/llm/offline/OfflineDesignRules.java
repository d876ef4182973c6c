package ai.iiagent.adapter.llm.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline model's design-mode answer (docs/projects.md, Design mode), recognised by the service's
 * system prompt: the element (after "Element:") with {@code data-design-change="INSTRUCTION"} added to
 * its opening tag. Deterministic, so tests can assert the exact file content.
 */
final class OfflineDesignRules {

    static final String PROMPT_START = "Change one HTML element of a web page";
    private static final String INSTRUCTION = "Instruction: ";
    private static final String ELEMENT = "Element:\n";
    private static final Pattern OPENING = Pattern.compile("^\\s*<([A-Za-z][A-Za-z0-9-]*)");

    private OfflineDesignRules() {
    }

    /** The answer, or null when the system prompt is not a design-mode one. */
    static OfflineScript.Reply reply(String system, String said) {
        if (!system.startsWith(PROMPT_START)) {
            return null;
        }
        int at = said.indexOf(ELEMENT);
        String element = at < 0 ? "" : said.substring(at + ELEMENT.length()).strip();
        String instruction = said.lines().filter(line -> line.startsWith(INSTRUCTION))
                .map(line -> line.substring(INSTRUCTION.length()).strip()).findFirst().orElse("");
        Matcher opening = OPENING.matcher(element);
        String changed = opening.find() ? element.substring(0, opening.end()) + " data-design-change=\""
                + instruction.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\""
                + element.substring(opening.end()) : element;
        return new OfflineScript.Reply("Changing the element as asked.", changed, List.of(), false);
    }
}
