package ai.iiagent.domain.agents;

/**
 * The sub-agent tools' contract with the model and the user: their argument names, the default
 * kind of sub-agent, and the keys of the display their results show.
 */
public final class SubAgentContract {

    /** Argument: which kind of agent does the task. */
    public static final String AGENT_TYPE = "agent_type";
    /** The kind a task gets when it names none (as in the original). */
    public static final String DEFAULT_TYPE = "task_agent";
    /** Display key: which sub-agent did the task. */
    public static final String SUB_AGENT_ID = "sub_agent_id";
    /** Display key of {@code sub_agent_task_all}: one display per task. */
    public static final String SUB_AGENTS = "sub_agents";

    private SubAgentContract() {
    }
}
