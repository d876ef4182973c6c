package ai.iiagent.adapter.socket.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.adapter.socket.gateway.SessionOwnership.OwnedSession;
import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.agents.AgentCommand;
import ai.iiagent.port.in.agents.AnswerUser;
import ai.iiagent.port.in.agents.CancelRun;
import ai.iiagent.port.in.agents.ContinueRun;
import ai.iiagent.port.in.agents.EnhancePrompt;
import ai.iiagent.port.in.agents.StartFork;
import ai.iiagent.port.in.agents.StartPlan;
import ai.iiagent.port.in.agents.StartQuery;
import ai.iiagent.port.in.sessions.SessionView;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Frames of chat_message read into typed agent commands, and what is refused at the edge (with its code). */
class AgentSocketMapperTest {

    private static final Identity ADA = new Identity(UserId.random(), UserRole.USER);
    private static final SessionId SESSION = new SessionId(UUID.randomUUID());

    private final AgentSocketMapper mapper = new AgentSocketMapper();
    private final OwnedSession owned = ownedByAda();

    @Test
    void givenAQueryWithEveryField_thenEachReachesTheCommand() {
        AgentCommand command = parse("query", Map.of("text", "build it", "files", List.of("asset-1", "asset-2"),
                "milestone_ids", List.of("m1"), "model_id", "offline-1", "agent_type", "researcher",
                "build_mode", "design", "auto_approve", true));

        assertThat(command).isEqualTo(new StartQuery(ADA, SESSION, "build it", List.of("asset-1", "asset-2"),
                List.of("m1"), "offline-1", "researcher", "design", true));
    }

    @Test
    void givenAQueryWithTextOnly_thenTheOptionalFieldsAreEmptyOrNull() {
        assertThat(parse("query", Map.of("command", "query", "text", "hi")))
                .isEqualTo(new StartQuery(ADA, SESSION, "hi", List.of(), List.of(), null, null, null, false));
    }

    @Test
    void givenEachOtherAgentCommand_thenItsTypedCommand() {
        RunId run = RunId.random();
        assertThat(parse("plan", Map.of("text", "a plan", "model_id", "m", "agent_type", "general")))
                .isEqualTo(new StartPlan(ADA, SESSION, "a plan", "m", "general", null));
        assertThat(parse("continue_run", Map.of("run_id", run.toString(), "confirmed", false, "user_input", "")))
                .isEqualTo(new ContinueRun(ADA, SESSION, run, false, null, false));
        assertThat(parse("continue_run", Map.of("run_id", run.toString())))
                .as("confirmed unless said otherwise").isEqualTo(new ContinueRun(ADA, SESSION, run, true, null, false));
        assertThat(parse("continue_run", Map.of("run_id", run.toString(), "confirmed", true,
                "user_input", Map.of("selection", "Option B"))))
                .isEqualTo(new AnswerUser(ADA, SESSION, new AnswerUser.Selection(run, true, "Option B"), null, false));
        assertThat(parse("cancel", Map.of())).isEqualTo(new CancelRun(ADA, SESSION));
        assertThat(parse("enhance_prompt", Map.of("text", "make it better")))
                .isEqualTo(new EnhancePrompt(ADA, SESSION, "make it better", null));
        assertThat(parse("start_fork", Map.of())).isEqualTo(new StartFork(ADA, SESSION, null, null, false));
        assertThat(parse("start_fork", Map.of("text", "go", "auto_approve", true)))
                .isEqualTo(new StartFork(ADA, SESSION, "go", null, true));
    }

    @Test
    void givenSaveEnvAsAListOrAMap_thenTheSameVariablesInTheirOrder() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("API_TOKEN", "abc123");
        expected.put("DB_URL", "postgres://x");
        AnswerUser fromList = (AnswerUser) parse("save_env", Map.of("tool_call_id", "call_1", "secrets",
                List.of(Map.of("key", "API_TOKEN", "value", "abc123"), Map.of("key", "DB_URL", "value", "postgres://x"))));
        AnswerUser fromMap = (AnswerUser) parse("save_env", Map.of("tool_call_id", "call_1", "tool_name", "ask_user_env",
                "secrets", expected));

        assertThat(fromList.answer()).isEqualTo(new AnswerUser.Environment("call_1", expected));
        assertThat(((AnswerUser.Environment) fromList.answer()).variables()).containsExactlyEntriesOf(expected);
        assertThat(fromMap).isEqualTo(fromList);
        assertThat(fromList.answer().toString()).as("no value in logs").doesNotContain("abc123").contains("API_TOKEN");
    }

    @Test
    void givenAnUnknownCommand_thenRefusedAsUnknown() {
        refused("fly_to_the_moon", Map.of(), "unknown_command");
        refused("", Map.of(), "unknown_command");
        refused("Query", Map.of("text", "hi"), "unknown_command");
    }

    @Test
    void givenFieldsOfTheWrongType_thenRefusedAsInvalid_whileTheRightTypesPass() {
        refused("query", Map.of("text", 42), "invalid_command");
        refused("query", Map.of("text", "hi", "milestone_ids", "m1"), "invalid_command");
        refused("query", Map.of("text", "hi", "files", List.of(7)), "invalid_command");
        refused("query", Map.of("text", "hi", "auto_approve", "yes"), "invalid_command");
        refused("query", Map.of("text", "hi", "agent_type", List.of("general")), "invalid_command");
        refused("plan", Map.of("text", "hi", "model_id", 3), "invalid_command");
        refused("continue_run", Map.of("run_id", UUID.randomUUID().toString(), "confirmed", "false"), "invalid_command");
        refused("start_fork", Map.of("text", Map.of()), "invalid_command");
        assertThat(parse("query", Map.of("text", "hi", "milestone_ids", List.of("m1"), "auto_approve", false)))
                .isInstanceOf(StartQuery.class);
    }

    @Test
    void givenMissingOrBadRequiredFields_thenEachCommandsOwnCode() {
        refused("query", Map.of(), "empty_query");
        refused("query", Map.of("text", "   "), "empty_query");
        refused("plan", Map.of(), "empty_query");
        refused("enhance_prompt", Map.of(), "empty_query");
        refused("continue_run", Map.of(), "invalid_run_id");
        refused("continue_run", Map.of("run_id", "nope"), "invalid_run_id");
        refused("save_env", Map.of(), "invalid_tool_call_id");
        refused("save_env", Map.of("tool_call_id", "call_1", "tool_name", "bash", "secrets", Map.of("A", "b")),
                "invalid_tool_call_id");
        refused("save_env", Map.of("tool_call_id", "call_1"), "invalid_env_secrets");
        refused("save_env", Map.of("tool_call_id", "call_1", "secrets", "API_TOKEN=hunter22"), "invalid_env_secrets");
        refused("save_env", Map.of("tool_call_id", "call_1", "secrets", List.of("API_TOKEN=hunter22")), "invalid_env_secrets");
    }

    @Test
    void givenASecretThatIsNotAString_thenRefused_andTheMessageNamesTheKeyNotTheValue() {
        Map<String, Object> secrets = new HashMap<>();
        secrets.put("PORT", 424242);
        assertThatThrownBy(() -> parse("save_env", Map.of("tool_call_id", "call_1", "secrets", secrets)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("PORT").message().doesNotContain("424242");
    }

    private AgentCommand parse(String command, Map<String, Object> payload) {
        return mapper.parse(owned, command, payload);
    }

    private void refused(String command, Map<String, Object> payload, String code) {
        assertThatThrownBy(() -> parse(command, payload)).as(command + " " + payload)
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((DomainException) e).code().value()).isEqualTo(code));
    }

    private static OwnedSession ownedByAda() {
        Session session = Session.start(SESSION, ADA.userId(), "s", AppKind.AGENT, null, Instant.now());
        return new SessionOwnership(query -> new SessionView(session, null)).check(ADA, SESSION, SessionOwnership.Joined.NOT_JOINED);
    }
}
