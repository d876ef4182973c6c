package ai.iiagent.port.out.projects;

import ai.iiagent.domain.projects.Deployment;
import ai.iiagent.domain.sessions.SessionId;

/** Tells a session's connections how its project's deployment goes (a session event per phase and at the end). */
public interface DeploymentProgressPort {

    void progressed(SessionId sessionId, Deployment deployment);
}
