package ai.iiagent.port.out.tools;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One call of a tool: for whom, in which run, the model's arguments and, after a pause, the user's input. */
public record ToolInvocation(UserId userId, SessionId sessionId, RunId runId, String callId, Map<String, Object> arguments,
                             Map<String, Object> userInput) {

    public ToolInvocation {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(callId, "callId");
        arguments = arguments == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
        userInput = userInput == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(userInput));
    }
}
