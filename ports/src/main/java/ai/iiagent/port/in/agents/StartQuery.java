package ai.iiagent.port.in.agents;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.List;
import java.util.Objects;

/**
 * {@code query}: run the agent on the user's text.
 *
 * @param files        asset ids sent with the query (may be empty)
 * @param milestoneIds plan milestones to carry out (empty: a plain query)
 * @param modelId      the model to use, or null for the user's default
 * @param agentType    the agent type asked for, or null for the default (as sent; its meaning is the run's)
 * @param buildMode    the mode the client shows the message under, or null for {@code build}
 * @param autoApprove  run tools that need a confirmation without asking
 * @param githubRepository {@code owner/name} to copy into the workspace before the run, or null
 */
public record StartQuery(Identity owner, SessionId sessionId, String text, List<String> files, List<String> milestoneIds,
                         String modelId, String agentType, String buildMode, boolean autoApprove,
                         String githubRepository)
        implements AgentCommand {

    /** A query without a repository. */
    public StartQuery(Identity owner, SessionId sessionId, String text, List<String> files, List<String> milestoneIds,
                      String modelId, String agentType, String buildMode, boolean autoApprove) {
        this(owner, sessionId, text, files, milestoneIds, modelId, agentType, buildMode, autoApprove, null);
    }

    public StartQuery {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        text = AgentCommandText.required(text);
        files = AgentCommandText.listOf(files);
        milestoneIds = AgentCommandText.listOf(milestoneIds);
    }
}
