package ai.iiagent.adapter.tools.content;

import ai.iiagent.domain.content.Slide;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.util.List;
import java.util.Map;

/**
 * {@code SlideEdit {presentation_name, slide_number, old_string, new_string, replace_all?, update_description?}}:
 * exact text replacement in a stored slide's HTML; the result is the slide's next version, copied to
 * the workspace.
 */
public final class SlideEditTool implements AgentTool {

    static final String NAME = "SlideEdit";
    private static final ToolSpec SPEC = new ToolSpec(NAME,
            "Replace exact text in one slide's HTML. old_string must occur exactly once unless replace_all is true."
                    + " The changed slide is saved (a new version) and shown to the user.",
            Map.of("type", "object", "required", List.of("presentation_name", "slide_number", "old_string", "new_string"),
                    "properties", Map.of(
                            "presentation_name", SlideToolSupport.NAME,
                            "slide_number", SlideToolSupport.NUMBER,
                            "old_string", Map.of("type", "string", "description", "The exact text to replace"),
                            "new_string", Map.of("type", "string", "description", "The text to put instead"),
                            "replace_all", Map.of("type", "boolean", "default", false),
                            "update_description", Map.of("type", "string",
                                    "description", "A new description of the slide (optional)"))));

    private final SlideStore store;
    private final SandboxWorkspacePort sandbox;

    public SlideEditTool(SlideStore store, SandboxWorkspacePort sandbox) {
        this.store = store;
        this.sandbox = sandbox;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO;
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        Map<String, Object> arguments = invocation.arguments();
        try {
            String name = SlideToolSupport.text(arguments, "presentation_name", true);
            int number = SlideToolSupport.number(arguments);
            String oldString = SlideToolSupport.text(arguments, "old_string", true);
            String newString = SlideToolSupport.text(arguments, "new_string", false);
            if (newString == null) {
                return ToolOutcome.failed(NAME + ": new_string must be a string");
            }
            boolean all = Boolean.TRUE.equals(arguments.get("replace_all"));
            String description = SlideToolSupport.text(arguments, "update_description", false);
            Slide current = store.find(invocation.userId(), invocation.sessionId(), name, number).orElse(null);
            if (current == null) {
                return ToolOutcome.failed(NAME + ": \"" + name.strip() + "\" has no slide " + number
                        + "; write it with SlideWrite first");
            }
            int count = occurrences(current.html(), oldString);
            if (count == 0) {
                return ToolOutcome.failed(NAME + ": old_string was not found in slide " + number
                        + "; read the slide file and copy the text exactly");
            }
            if (count > 1 && !all) {
                return ToolOutcome.failed(NAME + ": old_string occurs " + count + " times in slide " + number
                        + "; give more context or set replace_all");
            }
            String html = all ? current.html().replace(oldString, newString)
                    : current.html().replaceFirst(java.util.regex.Pattern.quote(oldString),
                    java.util.regex.Matcher.quoteReplacement(newString));
            Slide slide = store.write(invocation.userId(), invocation.sessionId(), name, number, null,
                    description == null || description.isBlank() ? null : description, null, html);
            SlideToolSupport.writeCopy(sandbox, invocation, slide);
            return SlideToolSupport.stored(NAME, slide, "edited (" + (all ? count : 1) + " replacement"
                    + ((all ? count : 1) == 1 ? "" : "s") + ")");
        } catch (SlideToolSupport.ArgumentException e) {
            return ToolOutcome.failed(NAME + ": " + e.getMessage());
        } catch (DomainException e) {
            return SlideToolSupport.refused(NAME, e);
        }
    }

    private static int occurrences(String content, String target) {
        int count = 0;
        for (int at = content.indexOf(target); at >= 0; at = content.indexOf(target, at + target.length())) {
            count++;
        }
        return count;
    }
}
