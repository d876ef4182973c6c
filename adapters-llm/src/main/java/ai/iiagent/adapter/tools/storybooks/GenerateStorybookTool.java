package ai.iiagent.adapter.tools.storybooks;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.storybooks.StartedStorybook;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.storybooks.StorybookStarterPort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code generate_storybook {title, scenes, style, voice_over?}} (the chat media mode of the original): starts an
 * illustrated book in the session, one page per scene, made page by page by a background job (docs/storybooks.md).
 * The tool itself costs nothing: each page is held and billed by the job as it is made.
 */
public final class GenerateStorybookTool implements AgentTool {

    static final String NAME = "generate_storybook";
    private static final ToolSpec SPEC = new ToolSpec(NAME,
            "Make an illustrated storybook: one page per scene (text and picture, optionally read aloud). Pages are made"
                    + " in the background; the user reads the book in the storybook reader.",
            Map.of("type", "object", "required", List.of("title", "scenes", "style"), "properties", Map.of(
                    "title", Map.of("type", "string", "description", "the book's title"),
                    "scenes", Map.of("type", "array", "items", Map.of("type", "string"),
                            "description", "one entry per page: what the page says and shows (1 to 100 pages)"),
                    "style", Map.of("type", "string", "description", "the illustration style, e.g. watercolour"),
                    "voice_over", Map.of("type", "boolean", "description", "read each page aloud (default false)"))));

    private final StorybookStarterPort storybooks;

    public GenerateStorybookTool(StorybookStarterPort storybooks) {
        this.storybooks = storybooks;
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
        if (!(arguments.get("scenes") instanceof List<?> raw) || raw.stream().anyMatch(scene -> !(scene instanceof String))) {
            return ToolOutcome.failed(NAME + ": scenes must be a list of strings");
        }
        List<String> scenes = new ArrayList<>();
        raw.forEach(scene -> scenes.add((String) scene));
        String title = arguments.get("title") instanceof String text ? text : null;
        String style = arguments.get("style") instanceof String text ? text : "";
        boolean voiceOver = Boolean.TRUE.equals(arguments.get("voice_over"));
        StartedStorybook started;
        try {
            started = storybooks.start(invocation.userId(), invocation.sessionId(), title, scenes, style, voiceOver);
        } catch (DomainException e) {
            return ToolOutcome.failed(NAME + ": " + e.getMessage() + " (" + e.code().value() + ")");
        }
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("kind", "storybook");
        display.put("storybook_id", started.book().id().value().toString());
        display.put("job_id", started.jobId().toString());
        display.put("title", started.book().title());
        display.put("pages", started.book().pageCount());
        display.put("voice_over", voiceOver);
        display.put("quote", started.quote().value().toPlainString());
        return new ToolOutcome("Started the storybook \"" + started.book().title() + "\" (" + started.book().pageCount()
                + " pages, id " + started.book().id().value() + "); its pages are being made in the background and"
                + " each page is billed as it is made (about " + started.quote().value().toPlainString()
                + " credits in all).", display, false);
    }
}
