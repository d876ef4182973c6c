package ai.iiagent.port.in.agents;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.Identity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The user answers a question a paused run asked: the option chosen for {@code ask_user_select}
 * ({@code continue_run} with {@code user_input.selection}) or the variables for {@code ask_user_env}
 * ({@code save_env}).
 *
 * @param modelId     the model to go on with, or null for the user's default
 * @param autoApprove run later tools that need a confirmation without asking
 */
public record AnswerUser(Identity owner, SessionId sessionId, Answer answer, String modelId, boolean autoApprove)
        implements AgentCommand {

    public AnswerUser {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(answer, "answer");
    }

    /** What the user answered. */
    public sealed interface Answer permits Selection, Environment {
    }

    /** The option chosen; {@code confirmed} false declines the question instead. */
    public record Selection(RunId runId, boolean confirmed, String selection) implements Answer {

        public Selection {
            Objects.requireNonNull(runId, "runId");
        }
    }

    /**
     * Environment variables by name, in the order given. They are secrets: never logged, and only their
     * names reach events, memory and the model.
     */
    public record Environment(String toolCallId, Map<String, String> variables) implements Answer {

        public Environment {
            Objects.requireNonNull(toolCallId, "toolCallId");
            variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        }

        @Override
        public String toString() {
            return "Environment[toolCallId=" + toolCallId + ", names=" + variables.keySet() + "]";
        }
    }
}
