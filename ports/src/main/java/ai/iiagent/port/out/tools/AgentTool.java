package ai.iiagent.port.out.tools;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import java.time.Duration;

/**
 * A tool the agent can call. The runtime offers {@link #spec()} to the model, pauses for the user
 * when {@link #policy()} says so, runs ready calls in parallel and stops a call after
 * {@link #timeout()}. Implementations must be thread-safe; a thrown exception becomes an error
 * result the model sees, never a failed run. Paid tools do not implement this directly: they go
 * through metering's {@code BillableExecutor} with a reservation.
 */
public interface AgentTool {

    ToolSpec spec();

    default ToolPolicy policy() {
        return ToolPolicy.AUTOMATIC;
    }

    default Duration timeout() {
        return Duration.ofSeconds(60);
    }

    /**
     * For a billable tool (one that calls a billable port such as the sandbox or a paid API): the most
     * one call may cost. The runtime then reserves it through metering before the call and passes
     * the reservation in {@link ToolInvocation#reservation()}. Null (the default): free, no reservation.
     */
    default Credits maxCost() {
        return null;
    }

    /**
     * How many characters of this tool's result the model reads, when the tool documents its own
     * limit (web_visit: 40,000); 0, the default, means the runtime's limit.
     */
    default int maxResultChars() {
        return 0;
    }

    /** True for tools whose successful call ends the run (e.g. {@code submit_plan}: the plan is the answer). */
    default boolean endsRun() {
        return false;
    }

    ToolOutcome run(ToolInvocation invocation) throws Exception;
}
