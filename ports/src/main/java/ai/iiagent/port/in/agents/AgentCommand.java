package ai.iiagent.port.in.agents;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;

/**
 * A command of the agent wing, typed: each has its use case ({@code StartQueryUseCase} for
 * {@link StartQuery}, ...). Sealed so an adapter routing them handles every one.
 */
public sealed interface AgentCommand permits StartQuery, StartPlan, ContinueRun, CancelRun, AnswerUser, EnhancePrompt,
        StartFork {

    /** Who sends it: the session's owner. */
    Identity owner();

    /** The session it addresses. */
    SessionId sessionId();
}
