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
 * {@code SlideWrite {presentation_name, slide_number, content, title, description, type?}}: writes one
 * slide (a complete HTML document at 1280x720) as {@code presentations/<name>/slide_<n>.html} in the
 * workspace and stores it as the slide's next version; the session view shows it at once.
 */
public final class SlideWriteTool implements AgentTool {

    static final String NAME = "SlideWrite";
    private static final ToolSpec SPEC = new ToolSpec(NAME,
            "Write one slide of a presentation as a complete, self-contained HTML document sized 1280x720 (16:9)."
                    + " It is saved as presentations/<presentation_name>/slide_<slide_number>.html and shown to the user."
                    + " Writing an existing slide number replaces it (its earlier version is kept in the history).",
            Map.of("type", "object", "required", List.of("presentation_name", "slide_number", "content", "title",
                    "description"), "properties", Map.of(
                    "presentation_name", SlideToolSupport.NAME,
                    "slide_number", SlideToolSupport.NUMBER,
                    "content", Map.of("type", "string", "description", "The slide's whole HTML document"),
                    "title", Map.of("type", "string", "description", "The slide's title"),
                    "description", Map.of("type", "string", "description", "What the slide shows, in a sentence"),
                    "type", Map.of("type", "string", "description", "html (default) or another short word such as title,"
                            + " chart"))));

    private final SlideStore store;
    private final SandboxWorkspacePort sandbox;

    public SlideWriteTool(SlideStore store, SandboxWorkspacePort sandbox) {
        this.store = store;
        this.sandbox = sandbox;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO; // writes a file in the sandbox and a row: free like Write
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        Map<String, Object> arguments = invocation.arguments();
        try {
            String name = SlideToolSupport.text(arguments, "presentation_name", true);
            int number = SlideToolSupport.number(arguments);
            String html = SlideToolSupport.text(arguments, "content", true);
            String title = SlideToolSupport.text(arguments, "title", true);
            String description = SlideToolSupport.text(arguments, "description", false);
            String type = SlideToolSupport.text(arguments, "type", false);
            Slide slide = store.write(invocation.userId(), invocation.sessionId(), name, number, title,
                    description == null ? "" : description, type == null ? "html" : type, html);
            SlideToolSupport.writeCopy(sandbox, invocation, slide);
            return SlideToolSupport.stored(NAME, slide, slide.version() == 1 ? "wrote" : "replaced");
        } catch (SlideToolSupport.ArgumentException e) {
            return ToolOutcome.failed(NAME + ": " + e.getMessage());
        } catch (DomainException e) {
            return SlideToolSupport.refused(NAME, e);
        }
    }
}
