package ai.iiagent.port.out.agents;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.agents.Message;
import java.util.List;

/**
 * The conversation memory of agent runs ({@code agent_run_messages}): the messages each run added,
 * in order, so the next run (or a resumed one) sees the whole history.
 */
public interface AgentMemoryRepository {

    void append(SessionId sessionId, RunId runId, List<Message> messages);

    /** The session's conversation, oldest first: from its latest summary on, or every message when it has none. */
    List<Message> history(SessionId sessionId);

    /** Stores a summary that replaces everything before it in {@link #history} (compaction). */
    void summarize(SessionId sessionId, RunId runId, Message summary);

    /** The messages of one run, oldest first. */
    List<Message> ofRun(RunId runId);
}
