package ai.iiagent.adapter.tools.content;

import ai.iiagent.adapter.tools.sandbox.ApplyPatchTool;
import ai.iiagent.domain.content.Slide;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code slide_apply_patch {input}}: the {@code apply_patch} format limited to slide files
 * ({@code presentations/<name>/slide_<n>.html}, added or updated; nothing else, no deletes). The
 * workspace copies of the slides it updates are first brought to their stored version, the patch is
 * applied by {@link ApplyPatchTool}, and every slide it touched is stored as its next version.
 */
public final class SlideApplyPatchTool implements AgentTool {

    static final String NAME = "slide_apply_patch";
    private static final Pattern HEADER = Pattern.compile("(?m)^\\*\\*\\* (Add File|Update File|Delete File|Move to): (.+)$");
    private static final Pattern SLIDE_PATH = Pattern.compile("(?:/workspace/|\\./)?presentations/([^/]+)/slide_(\\d{1,3})\\.html");
    private static final ToolSpec SPEC = new ToolSpec(NAME,
            "Change slides with a patch in the apply_patch format (*** Begin Patch / *** Update File: path /"
                    + " @@ context / -old / +new / *** End Patch). Only slide files presentations/<name>/slide_<n>.html"
                    + " may be added or updated; each changed slide is saved as a new version and shown to the user.",
            Map.of("type", "object", "required", List.of("input"), "properties", Map.of(
                    "input", Map.of("type", "string", "description", "The whole patch text"))));

    private final SlideStore store;
    private final SandboxWorkspacePort sandbox;
    private final ApplyPatchTool patcher;

    public SlideApplyPatchTool(SlideStore store, SandboxWorkspacePort sandbox) {
        this.store = store;
        this.sandbox = sandbox;
        this.patcher = new ApplyPatchTool(sandbox);
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO;
    }

    private record Target(String name, int number) {
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        if (!(invocation.arguments().get("input") instanceof String patch) || patch.isBlank()) {
            return ToolOutcome.failed(NAME + ": input must be the patch text");
        }
        List<Target> targets = new ArrayList<>();
        Matcher header = HEADER.matcher(patch);
        while (header.find()) {
            if (header.group(1).equals("Delete File")) {
                return ToolOutcome.failed(NAME + ": slides cannot be deleted with a patch (nothing changed)");
            }
            Matcher path = SLIDE_PATH.matcher(header.group(2).strip());
            if (!path.matches()) {
                return ToolOutcome.failed(NAME + ": " + header.group(2).strip() + " is not a slide file"
                        + " (presentations/<name>/slide_<n>.html); nothing changed");
            }
            Target target = new Target(path.group(1), Integer.parseInt(path.group(2)));
            if (!targets.contains(target)) {
                targets.add(target);
            }
        }
        if (targets.isEmpty()) {
            return ToolOutcome.failed(NAME + ": the patch names no slide file; nothing changed");
        }
        try {
            for (Target target : targets) {
                store.find(invocation.userId(), invocation.sessionId(), target.name(), target.number())
                        .ifPresent(slide -> SlideToolSupport.writeCopy(sandbox, invocation, slide));
            }
            ToolOutcome applied = patcher.run(invocation);
            if (applied.error()) {
                return new ToolOutcome(NAME + ": " + applied.text(), Map.of("kind", "slide", "error", "patch_failed"), true);
            }
            List<Map<String, Object>> stored = new ArrayList<>();
            StringBuilder text = new StringBuilder(NAME + ": stored");
            for (Target target : targets) {
                String path = Slide.pathOf(target.name(), target.number());
                String html = new String(sandbox.readFile(invocation.sessionId(), path, invocation.reservation()),
                        StandardCharsets.UTF_8);
                Slide slide = store.write(invocation.userId(), invocation.sessionId(), target.name(), target.number(),
                        null, null, null, html);
                Map<String, Object> shown = new LinkedHashMap<>();
                shown.put("presentation_name", slide.presentationName());
                shown.put("slide_number", slide.slideNumber());
                shown.put("version", slide.version());
                stored.add(shown);
                text.append(" slide ").append(slide.slideNumber()).append(" of \"").append(slide.presentationName())
                        .append("\" (version ").append(slide.version()).append(");");
            }
            Map<String, Object> display = new LinkedHashMap<>();
            display.put("kind", "slide");
            display.put("slides", stored);
            if (stored.size() == 1) {
                display.putAll(stored.get(0));
            }
            return new ToolOutcome(text.toString(), display, false);
        } catch (DomainException e) {
            return SlideToolSupport.refused(NAME, e);
        }
    }
}
