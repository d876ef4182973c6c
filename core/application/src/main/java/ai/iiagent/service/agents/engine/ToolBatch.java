package ai.iiagent.service.agents.engine;

import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;

/** One batch of tool calls as its host runs it: the invocation of each call, and what the user gets back. */
public interface ToolBatch {

    ToolInvocation invocation(ToolCall call);

    /** The outcome as delivered: secrets masked, files stored for the user. */
    default ToolOutcome delivered(ToolCall call, ToolOutcome outcome) {
        return outcome;
    }
}
