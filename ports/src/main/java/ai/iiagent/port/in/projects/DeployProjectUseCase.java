package ai.iiagent.port.in.projects;

import ai.iiagent.domain.projects.DeployTarget;
import ai.iiagent.domain.projects.Deployment;
import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;

/**
 * Deploying a session's project (the socket's {@code publish} and {@code publish_cloud_run},
 * {@code GET /v1/project/{project_id}/deployment}, undeploy). Everything is the owner's: another
 * user's session or project is {@code project_not_found}.
 */
public interface DeployProjectUseCase {

    /**
     * Starts a deployment of the session's project to {@code target} and answers it {@code pending};
     * its phases then run in the background, each recorded and told to the session. The site answers
     * at its subdomain: {@code subdomain} when given (claimed for the project if free), else the one
     * the project holds, else a new one made from the project's name. A null {@code target} is the
     * server's default ({@code DEPLOY_TARGET}, the embedded deployer unless configured).
     *
     * @throws ai.iiagent.domain.shared.ConflictException {@code deploy_target_unavailable} when the target is
     *         not configured, {@code deploy_in_progress} when a deployment of the project is under way,
     *         {@code subdomain_taken} / {@code project_has_subdomain} for a subdomain it cannot have
     * @throws ai.iiagent.domain.shared.ValidationException {@code invalid_subdomain}, {@code subdomain_reserved}
     */
    Deployment publish(UserId caller, SessionId sessionId, DeployTarget target, String subdomain);

    /**
     * The project's latest deployment.
     *
     * @throws ai.iiagent.domain.shared.NotFoundException {@code deployment_not_found} when it was never deployed
     */
    Deployment latest(UserId caller, ProjectId projectId);

    /**
     * Takes the project's live site down (its process stopped, its files dropped) and answers the
     * deployment, now {@code stopped}.
     *
     * @throws ai.iiagent.domain.shared.NotFoundException {@code deployment_not_found} when nothing is live
     */
    Deployment undeploy(UserId caller, ProjectId projectId);
}
