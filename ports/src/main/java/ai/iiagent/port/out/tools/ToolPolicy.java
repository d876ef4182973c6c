package ai.iiagent.port.out.tools;

/** Whether a tool call may run at once or pauses the run for the user first (human in the loop). */
public enum ToolPolicy {
    /** Runs without asking. */
    AUTOMATIC,
    /** Risky: the user approves or rejects each call, unless they enabled auto-approve. */
    REQUIRES_CONFIRMATION,
    /** Needs the user's answer (a choice, a secret) before it can run. */
    REQUIRES_USER_INPUT
}
