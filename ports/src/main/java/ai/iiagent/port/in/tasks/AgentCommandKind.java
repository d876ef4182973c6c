package ai.iiagent.port.in.tasks;

import java.util.Arrays;
import java.util.Optional;

/** The socket commands that drive the agent runtime, by their wire names. */
public enum AgentCommandKind {
    QUERY("query"), PLAN("plan"), CONTINUE_RUN("continue_run"), START_FORK("start_fork"), ENHANCE_PROMPT("enhance_prompt"),
    SAVE_ENV("save_env");

    private final String wireName;

    AgentCommandKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<AgentCommandKind> fromWireName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.wireName.equals(name)).findFirst();
    }
}
