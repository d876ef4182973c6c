package ai.iiagent.adapter.socket.gateway;

import static ai.iiagent.adapter.socket.gateway.SessionOwnership.Joined.AS_OWNER;
import static ai.iiagent.adapter.socket.gateway.SessionOwnership.Joined.AS_VIEWER;
import static ai.iiagent.adapter.socket.gateway.SessionOwnership.Joined.NOT_JOINED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.shared.AccessDeniedException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.sandboxes.SandboxFileTreeView;
import ai.iiagent.port.in.sandboxes.SandboxFileView;
import ai.iiagent.port.in.sandboxes.SandboxStatusView;
import ai.iiagent.port.in.sessions.SessionView;
import java.time.Instant;
import java.util.ArrayList;
import ai.iiagent.domain.projects.DeployTarget;
import ai.iiagent.domain.projects.Deployment;
import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.port.in.projects.DeployProjectUseCase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every session-addressed command passes the one owner check before any use case sees it. */
class CommandDispatcherTest {

    private static final Identity ADA = new Identity(UserId.random(), UserRole.USER);
    private static final Identity EVE = new Identity(UserId.random(), UserRole.USER);
    private static final SessionId ADAS = new SessionId(UUID.randomUUID());

    private final List<String> reached = new ArrayList<>();
    private final CommandDispatcher dispatcher = dispatcher(
            Session.start(ADAS, ADA.userId(), "s", AppKind.AGENT, null, Instant.now()).published(true, Instant.now()));

    @Test
    void givenTheOwner_whenSendingEachCommand_thenItsUseCaseRuns() {
        commands().forEach(command -> dispatcher.dispatch(ADA, ADAS, NOT_JOINED, command.getKey(),
                command.getValue()));

        assertThat(reached).containsExactly("startQuery", "startPlan", "continueRun", "answerUser", "cancel",
                "answerUser", "enhance", "startFork", "workspace", "sandboxStatus", "awake", "fileTree", "fileContent",
                "publish:default:shop", "publish:cloud_run:null");
        assertThat(dispatcher.dispatch(ADA, ADAS, NOT_JOINED, "ping", Map.of())).isPresent();
        assertThat(dispatcher.dispatch(ADA, ADAS, AS_OWNER, "ping", Map.of())).as("joined as owner: no lookup")
                .isPresent();
    }

    @Test
    void givenSomeoneElse_whenSendingAnyCommand_thenRefusedBeforeAnyUseCase() {
        List<Map.Entry<String, Map<String, Object>>> all = new ArrayList<>(commands());
        all.add(Map.entry("ping", Map.of()));
        all.add(Map.entry("fly_to_the_moon", Map.of()));
        all.forEach(entry -> {
            String command = entry.getKey();
            Map<String, Object> payload = entry.getValue();
            assertThatThrownBy(() -> dispatcher.dispatch(EVE, ADAS, NOT_JOINED, command, payload)).as(command)
                    .isInstanceOf(SessionNotFoundException.class);
            assertThatThrownBy(() -> dispatcher.dispatch(EVE, ADAS, AS_VIEWER, command, payload)).as("viewer: " + command)
                    .isInstanceOf(AccessDeniedException.class);
        });

        assertThat(reached).isEmpty();
    }

    @Test
    void givenTheOwner_whenSendingAnUnknownCommand_thenRefusedAsUnknown() {
        assertThatThrownBy(() -> dispatcher.dispatch(ADA, ADAS, NOT_JOINED, "fly_to_the_moon", Map.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("unknown command");
        assertThat(reached).isEmpty();
    }

    private static List<Map.Entry<String, Map<String, Object>>> commands() {
        String run = RunId.random().toString();
        return List.of(Map.entry("query", Map.of("text", "hello")), Map.entry("plan", Map.of("text", "a plan")),
                Map.entry("continue_run", Map.of("run_id", run, "confirmed", true)),
                Map.entry("continue_run", Map.of("run_id", run, "user_input", Map.of("selection", "B"))),
                Map.entry("cancel", Map.of()),
                Map.entry("save_env", Map.of("tool_call_id", "call_1", "secrets", Map.of("API_TOKEN", "v"))),
                Map.entry("enhance_prompt", Map.of("text", "make it better")), Map.entry("start_fork", Map.of("text", "go")),
                Map.entry("workspace_info", Map.of()), Map.entry("sandbox_status", Map.of()),
                Map.entry("awake_sandbox", Map.of()), Map.entry("file_tree", Map.of()),
                Map.entry("file_content", Map.of("path", "a.txt")), Map.entry("publish", Map.of("subdomain", "shop")),
                Map.entry("publish_cloud_run", Map.of()));
    }

    private CommandDispatcher dispatcher(Session session) {
        SessionOwnership ownership = new SessionOwnership(query -> {
            if (!session.isReadableBy(query.caller() == null ? null : query.caller().userId())) {
                throw new SessionNotFoundException(query.sessionId());
            }
            return new SessionView(session, null);
        });
        AgentCommands agents = new AgentCommands(command -> step("startQuery"), command -> step("startPlan"),
                command -> step("continueRun"), command -> {
                    reached.add("cancel");
                    return null;
                }, command -> step("answerUser"), command -> reached.add("enhance"), command -> step("startFork"));
        SandboxCommands sandbox = new SandboxCommands(query -> {
            reached.add("sandboxStatus");
            return SandboxStatusView.notCreated();
        }, command -> {
            reached.add("awake");
            return SandboxStatusView.notCreated();
        }, query -> {
            reached.add("fileTree");
            return new SandboxFileTreeView("/", 1, List.of(), false);
        }, query -> {
            reached.add("fileContent");
            return new SandboxFileView("a.txt", "", false, 0, false);
        });
        ProjectCommands projects = new ProjectCommands(new DeployProjectUseCase() {
            @Override
            public Deployment publish(UserId caller, SessionId sessionId, DeployTarget target, String subdomain) {
                reached.add("publish:" + (target == null ? "default" : target.code()) + ":" + subdomain);
                return null;
            }

            @Override
            public Deployment latest(UserId caller, ProjectId projectId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Deployment undeploy(UserId caller, ProjectId projectId) {
                throw new UnsupportedOperationException();
            }
        });
        return new CommandDispatcher(ownership, new AgentSocketMapper(), agents, command -> reached.add("workspace"),
                sandbox, projects, new MobileCommands(caller -> {
                    throw new UnsupportedOperationException();
                }, command -> {
                    throw new UnsupportedOperationException();
                }));
    }

    private RunId step(String name) {
        reached.add(name);
        return RunId.random();
    }
}
