package ai.iiagent.domain.projects;

import ai.iiagent.domain.shared.ErrorCode;

/** The stable error codes of deployments and subdomains (docs/projects.md "Deploy", "Subdomains"). */
public final class DeploymentErrors {

    /** NotFound: the project has never been deployed, or it is not the caller's. */
    public static final ErrorCode DEPLOYMENT_NOT_FOUND = ErrorCode.of("deployment_not_found");
    /** Validation: a deploy target that does not exist. */
    public static final ErrorCode INVALID_TARGET = ErrorCode.of("invalid_deploy_target");
    /** Conflict: the target is not configured on this server (no credentials for it). */
    public static final ErrorCode TARGET_UNAVAILABLE = ErrorCode.of("deploy_target_unavailable");
    /** UpstreamFailure: a phase failed; the deployment records which. */
    public static final ErrorCode DEPLOY_FAILED = ErrorCode.of("deploy_failed");
    /** Conflict: a deployment of the project is already under way. */
    public static final ErrorCode DEPLOY_IN_PROGRESS = ErrorCode.of("deploy_in_progress");
    /** Validation: a name that is not a DNS label we hand out. */
    public static final ErrorCode INVALID_SUBDOMAIN = ErrorCode.of("invalid_subdomain");
    /** Validation: a reserved name, or one that looks like one. */
    public static final ErrorCode SUBDOMAIN_RESERVED = ErrorCode.of("subdomain_reserved");
    /** Conflict: someone else holds the name. */
    public static final ErrorCode SUBDOMAIN_TAKEN = ErrorCode.of("subdomain_taken");
    /** Conflict: the project already holds another name (release it first). */
    public static final ErrorCode PROJECT_HAS_SUBDOMAIN = ErrorCode.of("project_has_subdomain");
    /** NotFound: nobody holds that name, or not the caller. */
    public static final ErrorCode SUBDOMAIN_NOT_FOUND = ErrorCode.of("subdomain_not_found");
    /** NotFound: no deployed site answers for that host or path. */
    public static final ErrorCode SITE_NOT_FOUND = ErrorCode.of("site_not_found");

    private DeploymentErrors() {
    }
}
