package ai.iiagent.adapter.tools.projects;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.projects.ProjectTemplates;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code mobile_app_init}: the session's project from the Expo (React Native) template shipped with
 * the app (docs/projects.md): recorded as a project of framework {@code expo}, written to
 * {@code /workspace/<project_name>} with a first commit, and its web preview started on port 3000.
 * The sandbox has no network, so the preview is the template's offline page until the dependencies
 * are installed; the answer says so.
 */
public final class MobileAppInitTool implements AgentTool {

    private static final ToolSpec SPEC = new ToolSpec("mobile_app_init",
            "Create the session's mobile app from the Expo (React Native) template and start its web preview on port"
                    + " 3000. App.js is the first screen, app.json the name and bundle identifier. Installing the"
                    + " dependencies (npm install, npx expo install --fix) needs a network; without it the preview is a"
                    + " placeholder page. Answers the directory and the preview URL.",
            Map.of("type", "object", "required", List.of("project_name"), "properties", Map.of(
                    "project_name", Map.of("type", "string", "description",
                            "lower-case letters, digits and dashes, starting with a letter (at most 40)"),
                    "app_name", Map.of("type", "string", "description", "the same as project_name (either works)"),
                    "template", Map.of("type", "string", "enum", List.of("blank"), "description",
                            "the starting point: 'blank' (one screen)"),
                    "with_tailwind", Map.of("type", "boolean", "description",
                            "not in the shipped template: add NativeWind yourself when wanted"))));

    private final ProjectBackend projects;
    private final ProjectScaffold scaffold;

    public MobileAppInitTool(SandboxWorkspacePort workspace, SandboxShellPort shells, ProjectBackend projects,
                             RegisterPortTool.Previews previews) {
        this.projects = projects;
        this.scaffold = new ProjectScaffold(workspace, shells, projects, previews);
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO; // the local sandbox costs nothing
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(180);
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        Map<String, Object> arguments = invocation.arguments();
        Object named = arguments.get("project_name") != null ? arguments.get("project_name") : arguments.get("app_name");
        String name = named instanceof String s ? s.strip() : null;
        Object template = arguments.get("template");
        if (template != null && !"blank".equals(template)) {
            return ToolOutcome.failed("template '" + template + "' is not shipped: use 'blank'");
        }
        Project project;
        try {
            project = projects.init(invocation.userId(), invocation.sessionId(), name, ProjectTemplates.EXPO, false);
        } catch (DomainException refused) {
            return new ToolOutcome("Cannot create the app: " + refused.getMessage(),
                    Map.of("reason", refused.code().value()), true);
        }
        ProjectScaffold.Result made = scaffold.scaffold(invocation, project);
        Map<String, Object> display = made.display(project);
        StringBuilder text = new StringBuilder("Created the Expo app in /workspace/" + project.directory()
                + (made.commit() != null ? " (first commit " + made.commit() + ")" : "") + ".\n");
        text.append(made.status().running() ? "Its web preview runs on port " + DevServers.PORT + " (shell '"
                + DevServers.SHELL + "', log in .server.log); without node_modules it is the offline placeholder page."
                : "The preview did not start:\n" + made.status().report());
        if (made.url() != null) {
            text.append("\nThe user sees it at ").append(made.url()).append(" (the session's preview panel).");
        }
        if (Boolean.TRUE.equals(arguments.get("with_tailwind"))) {
            text.append("\nThe template has no Tailwind: add NativeWind once the dependencies can be installed.");
        }
        text.append("\nEdit App.js, then restart_mobile_server, get_server_status and save_checkpoint.");
        return new ToolOutcome(text.toString(), display, !made.status().running());
    }
}
