package ai.iiagent.adapter.llm.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline model's design-mode answers (docs/projects.md, Design mode), recognised by the services'
 * system prompts. An AI change: the element (after "Element:") with {@code data-design-change="INSTRUCTION"}
 * added to its opening tag. An iframe plan: for the selected element (else the first of the outline), a
 * quoted text in the request becomes {@code set_text}, a colour ({@code #hex} or a plain colour word)
 * {@code set_style color} (or {@code background-color} when the request says background), and a request
 * with neither an outline. Deterministic, so tests can assert the exact file content and plan.
 */
final class OfflineDesignRules {

    static final String PROMPT_START = "Change one HTML element of a web page";
    static final String PLAN_PROMPT_START = "Plan changes to a web page shown in a design tool";
    private static final Pattern QUOTED = Pattern.compile("\"([^\"\\n]{1,200})\"");
    private static final Pattern COLOUR = Pattern.compile("(?i)(#[0-9a-f]{6}\\b|#[0-9a-f]{3}\\b|\\b(?:red|blue|green"
            + "|orange|purple|black|white|gray|pink|yellow|teal)\\b)");
    private static final Pattern FIRST_NODE = Pattern.compile("(?m)^- ([A-Za-z0-9_-]+) <");
    private static final String INSTRUCTION = "Instruction: ";
    private static final String ELEMENT = "Element:\n";
    private static final Pattern OPENING = Pattern.compile("^\\s*<([A-Za-z][A-Za-z0-9-]*)");

    private OfflineDesignRules() {
    }

    /** The answer, or null when the system prompt is not a design-mode one. */
    static OfflineScript.Reply reply(String system, String said) {
        if (system.startsWith(PLAN_PROMPT_START)) {
            return plan(said);
        }
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

    private static OfflineScript.Reply plan(String said) {
        String request = field(said, "Request: ");
        String target = field(said, "Selected: ");
        if (target.isEmpty()) {
            Matcher first = FIRST_NODE.matcher(said);
            target = first.find() ? first.group(1) : "";
        }
        StringBuilder plan = new StringBuilder();
        Matcher quoted = QUOTED.matcher(request);
        if (quoted.find()) {
            plan.append("set_text ").append(target).append(' ').append(quoted.group(1).strip()).append('\n');
        }
        Matcher colour = COLOUR.matcher(request);
        if (colour.find()) {
            plan.append("set_style ").append(target).append(request.toLowerCase().contains("background")
                    ? " background-color " : " color ").append(colour.group(1).toLowerCase()).append('\n');
        }
        if (plan.isEmpty()) {
            plan.append("set_style ").append(target).append(" outline 2px dashed #e11d48\n");
        }
        plan.append("explanation: Offline plan for: ").append(request);
        return new OfflineScript.Reply("Planning the design change.", plan.toString(), List.of(), false);
    }

    private static String field(String said, String label) {
        return said.lines().filter(line -> line.startsWith(label)).map(line -> line.substring(label.length()).strip())
                .findFirst().orElse("");
    }
}
