package ai.iiagent.port.out.tools;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One call of a tool: for whom, in which run, the model's arguments, after a pause the user's
 * input, and for a billable tool the reservation that pays for it (null otherwise), which it
 * hands to the billable port it calls.
 */
public record ToolInvocation(UserId userId, SessionId sessionId, RunId runId, String callId, Map<String, Object> arguments,
                             Map<String, Object> userInput, CreditReservation reservation) {

    public ToolInvocation(UserId userId, SessionId sessionId, RunId runId, String callId, Map<String, Object> arguments,
                          Map<String, Object> userInput) {
        this(userId, sessionId, runId, callId, arguments, userInput, null);
    }

    public ToolInvocation {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(callId, "callId");
        arguments = arguments == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
        userInput = userInput == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(userInput));
    }

    public ToolInvocation paidWith(CreditReservation paying) {
        return new ToolInvocation(userId, sessionId, runId, callId, arguments, userInput, paying);
    }
}
