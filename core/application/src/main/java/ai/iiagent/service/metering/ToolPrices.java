package ai.iiagent.service.metering;

import ai.iiagent.port.out.tools.AgentTool;
import java.util.Collection;

/** Every tool is priced (zero for a free one), so no tool call ever runs without a reservation. */
public final class ToolPrices {

    private ToolPrices() {
    }

    /**
     * Refuses a toolbox holding a tool that declares no price; called where tools are wired, so such a
     * tool stops the start-up (or the run that brought it) instead of running unreserved.
     *
     * @throws IllegalStateException naming the first unpriced tool
     */
    public static void requirePriced(Collection<? extends AgentTool> tools) {
        for (AgentTool tool : tools) {
            if (tool.maxCost() == null) {
                throw new IllegalStateException("tool " + tool.spec().name() + " declares no price ("
                        + tool.getClass().getName() + "): every tool returns a maxCost, zero for a free one");
            }
        }
    }
}
