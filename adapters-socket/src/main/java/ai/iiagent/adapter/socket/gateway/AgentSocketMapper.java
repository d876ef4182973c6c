package ai.iiagent.adapter.socket.gateway;

import ai.iiagent.adapter.socket.gateway.SessionOwnership.OwnedSession;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.port.in.agents.AgentCommand;
import ai.iiagent.port.in.agents.AnswerUser;
import ai.iiagent.port.in.agents.CancelRun;
import ai.iiagent.port.in.agents.ContinueRun;
import ai.iiagent.port.in.agents.EnhancePrompt;
import ai.iiagent.port.in.agents.StartFork;
import ai.iiagent.port.in.agents.StartPlan;
import ai.iiagent.port.in.agents.StartQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The agent commands of {@code chat_message} (docs/protocol/realtime.md) read into typed commands.
 * Wire names and shapes end here: a field of the wrong type is refused ({@code invalid_command}),
 * as is a name this server does not know ({@code unknown_command}); both are {@code validation_error}s.
 */
@ApplicationScoped
public class AgentSocketMapper {

    static final ErrorCode UNKNOWN_COMMAND = ErrorCode.of("unknown_command");
    static final ErrorCode INVALID_COMMAND = ErrorCode.of("invalid_command");
    static final ErrorCode INVALID_RUN_ID = ErrorCode.of("invalid_run_id");
    static final ErrorCode INVALID_TOOL_CALL_ID = ErrorCode.of("invalid_tool_call_id");
    static final ErrorCode INVALID_ENV_SECRETS = ErrorCode.of("invalid_env_secrets");
    /** The tool {@code save_env} answers. */
    static final String ASK_USER_ENV = "ask_user_env";

    /** The commands this mapper reads. */
    public static final Set<String> COMMANDS = Set.of("query", "plan", "continue_run", "cancel", "save_env",
            "enhance_prompt", "start_fork");

    /**
     * @param payload the command's {@code content} as sent (its {@code command} included)
     * @throws ValidationException {@code unknown_command}, {@code invalid_command} or the command's own code
     */
    public AgentCommand parse(OwnedSession session, String command, Map<String, Object> payload) {
        Fields fields = new Fields(command, payload == null ? Map.of() : payload);
        return switch (command == null ? "" : command) {
            case "query" -> new StartQuery(session.owner(), session.sessionId(), fields.text("text"),
                    fields.strings("files"), fields.strings("milestone_ids"), fields.text("model_id"),
                    fields.text("agent_type"), fields.text("build_mode"), fields.flag("auto_approve", false),
                    fields.text("github_repository"));
            case "plan" -> new StartPlan(session.owner(), session.sessionId(), fields.text("text"), fields.text("model_id"),
                    fields.text("agent_type"), fields.text("build_mode"));
            case "continue_run" -> continueRun(session, fields);
            case "cancel" -> new CancelRun(session.owner(), session.sessionId());
            case "save_env" -> saveEnv(session, fields);
            case "enhance_prompt" -> new EnhancePrompt(session.owner(), session.sessionId(), fields.text("text"),
                    fields.text("model_id"));
            case "start_fork" -> new StartFork(session.owner(), session.sessionId(), fields.text("text"),
                    fields.text("model_id"), fields.flag("auto_approve", false));
            default -> throw new ValidationException(UNKNOWN_COMMAND, "unknown command: " + command);
        };
    }

    /** {@code continue_run {run_id, confirmed, user_input}}: with {@code user_input.selection} it answers {@code ask_user_select}. */
    private static AgentCommand continueRun(OwnedSession session, Fields fields) {
        RunId runId = runId(fields.payload.get("run_id"));
        boolean confirmed = fields.flag("confirmed", true);
        // user_input is free-form in the protocol; only a selection means anything to this server.
        Object selection = fields.payload.get("user_input") instanceof Map<?, ?> input ? input.get("selection") : null;
        if (selection instanceof String chosen) {
            return new AnswerUser(session.owner(), session.sessionId(), new AnswerUser.Selection(runId, confirmed, chosen),
                    fields.text("model_id"), fields.flag("auto_approve", false));
        }
        return new ContinueRun(session.owner(), session.sessionId(), runId, confirmed, fields.text("model_id"),
                fields.flag("auto_approve", false));
    }

    /** {@code save_env {tool_call_id, tool_name?, secrets}}; error messages name keys, never values. */
    private static AgentCommand saveEnv(OwnedSession session, Fields fields) {
        Object callId = fields.payload.get("tool_call_id");
        Object toolName = fields.payload.getOrDefault("tool_name", ASK_USER_ENV);
        if (!(callId instanceof String id) || id.isBlank() || !ASK_USER_ENV.equals(toolName)) {
            throw new ValidationException(INVALID_TOOL_CALL_ID,
                    "save_env answers an " + ASK_USER_ENV + " call: it needs that call's tool_call_id");
        }
        return new AnswerUser(session.owner(), session.sessionId(),
                new AnswerUser.Environment(id, variables(fields.payload.get("secrets"))), fields.text("model_id"),
                fields.flag("auto_approve", false));
    }

    /** {@code secrets}: a list of {@code {key, value}} or a map of name to value; values are strings. */
    static Map<String, String> variables(Object secrets) {
        Map<String, Object> given = new LinkedHashMap<>();
        if (secrets instanceof Map<?, ?> map) {
            map.forEach((key, value) -> given.put(String.valueOf(key), value));
        } else if (secrets instanceof List<?> list) {
            for (Object entry : list) {
                if (!(entry instanceof Map<?, ?> pair) || !(pair.get("key") instanceof String key)) {
                    throw new ValidationException(INVALID_ENV_SECRETS, "each secret is {key, value}");
                }
                given.put(key, pair.get("value"));
            }
        } else {
            throw new ValidationException(INVALID_ENV_SECRETS, "save_env needs secrets: a list of {key, value} or a map");
        }
        Map<String, String> variables = new LinkedHashMap<>();
        given.forEach((name, value) -> {
            if (!(value instanceof String text)) {
                throw new ValidationException(INVALID_ENV_SECRETS, "the value of " + name + " must be a non-empty string");
            }
            variables.put(name, text);
        });
        return variables;
    }

    private static RunId runId(Object value) {
        try {
            return new RunId(UUID.fromString(String.valueOf(value)));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(INVALID_RUN_ID, "continue_run needs the paused run's run_id");
        }
    }

    /** Typed reads of a command's fields: absent or null is null (or the default), any other type is refused. */
    private record Fields(String command, Map<String, Object> payload) {

        String text(String field) {
            Object value = payload.get(field);
            if (value == null || value instanceof String) {
                return (String) value;
            }
            throw invalid(field, "a string");
        }

        boolean flag(String field, boolean absent) {
            Object value = payload.get(field);
            if (value == null) {
                return absent;
            }
            if (value instanceof Boolean flag) {
                return flag;
            }
            throw invalid(field, "true or false");
        }

        List<String> strings(String field) {
            Object value = payload.get(field);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                throw invalid(field, "a list of strings");
            }
            List<String> strings = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof String text)) {
                    throw invalid(field, "a list of strings");
                }
                strings.add(text);
            }
            return strings;
        }

        private ValidationException invalid(String field, String expected) {
            return new ValidationException(INVALID_COMMAND, command + "." + field + " must be " + expected);
        }
    }
}
