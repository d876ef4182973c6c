package ai.iiagent.port.out.tools;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One call of a tool: for whom, in which run, the model's arguments, after a pause the user's
 * input, the reservation that pays for it (the runtime reserves every tool's declared price, zero
 * for a free tool, before the call, so a running tool always has one; null only in an invocation
 * not yet paid), which it hands to the billable port it calls, and the environment variables the user saved for the session
 * ({@code save_env}), which tools that run commands pass on to them. Those values are secret:
 * {@link #toString()} shows only their names, and a tool never puts them in its result.
 */
public record ToolInvocation(UserId userId, SessionId sessionId, RunId runId, String callId, Map<String, Object> arguments,
                             Map<String, Object> userInput, CreditReservation reservation,
                             Map<String, String> environment) {

    public ToolInvocation(UserId userId, SessionId sessionId, RunId runId, String callId, Map<String, Object> arguments,
                          Map<String, Object> userInput) {
        this(userId, sessionId, runId, callId, arguments, userInput, null, Map.of());
    }

    public ToolInvocation(UserId userId, SessionId sessionId, RunId runId, String callId, Map<String, Object> arguments,
                          Map<String, Object> userInput, CreditReservation reservation) {
        this(userId, sessionId, runId, callId, arguments, userInput, reservation, Map.of());
    }

    public ToolInvocation {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(callId, "callId");
        arguments = arguments == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
        userInput = userInput == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(userInput));
        environment = environment == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(environment));
    }

    public ToolInvocation paidWith(CreditReservation paying) {
        return new ToolInvocation(userId, sessionId, runId, callId, arguments, userInput, paying, environment);
    }

    public ToolInvocation withEnvironment(Map<String, String> variables) {
        return new ToolInvocation(userId, sessionId, runId, callId, arguments, userInput, reservation, variables);
    }

    @Override
    public String toString() {
        return "ToolInvocation[" + callId + " in run " + runId + ", arguments " + arguments.keySet() + ", env "
                + environment.keySet() + "]";
    }
}
