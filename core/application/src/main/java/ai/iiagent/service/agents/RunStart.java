package ai.iiagent.service.agents;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.List;

/** What every start and resumption of a run shares, whichever command asked for it. */
record RunStart(Identity owner, SessionId sessionId, String reason, String modelId, String agentType,
                String buildMode, boolean autoApprove, List<String> files) {

    static final String BUILD = "build";

    static RunStart resumption(Identity owner, SessionId sessionId, String modelId, boolean autoApprove) {
        return new RunStart(owner, sessionId, "resume", modelId, null, BUILD, autoApprove, List.of());
    }
}
