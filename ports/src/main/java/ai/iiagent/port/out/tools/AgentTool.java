package ai.iiagent.port.out.tools;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.llm.ToolSpec;
import java.time.Duration;

/**
 * A tool the agent can call. The runtime offers {@link #spec()} to the model, pauses for the user
 * when {@link #policy()} says so, runs ready calls in parallel and stops a call after
 * {@link #timeout()}. Implementations must be thread-safe; a thrown exception becomes an error
 * result the model sees, never a failed run. Every call goes through metering's
 * {@code BillableExecutor}, which reserves {@link #maxCost()} first.
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
     * The most one call may cost, declared by every tool ({@link Credits#ZERO} for a free one; never
     * null). The runtime reserves it through metering before each call and passes the reservation in
     * {@link ToolInvocation#reservation()}, so a tool always runs with one and hands it to any billable
     * port it calls; a free tool's zero reservation keeps the audit and the code path uniform. A tool
     * answering null is refused when the toolbox is built (start-up), never run.
     */
    Credits maxCost();

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

    /**
     * Whether this user is offered the tool at all (a connector's tool only to users who connected it);
     * asked once per chat turn, so it should be cheap.
     */
    default boolean offeredTo(UserId user) {
        return true;
    }

    ToolOutcome run(ToolInvocation invocation) throws Exception;
}
