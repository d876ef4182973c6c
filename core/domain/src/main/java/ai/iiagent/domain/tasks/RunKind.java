package ai.iiagent.domain.tasks;

import java.util.Locale;

/** What a run does: an agent run (tools, sandbox) or a chat run. */
public enum RunKind {
    AGENT_RUN, CHAT_RUN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
