package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.RunEvent.SubAgentEnd;
import java.util.Locale;

/** How one sub-agent ended: its final answer, or why it has none. */
record SubAgentResult(String subAgentId, String description, SubAgentEnd end, String text, int turns) {

    boolean succeeded() {
        return end == SubAgentEnd.COMPLETED;
    }

    /** How the model reads the end ("completed", "failed", "cancelled"). */
    String endWord() {
        return end.name().toLowerCase(Locale.ROOT);
    }
}
