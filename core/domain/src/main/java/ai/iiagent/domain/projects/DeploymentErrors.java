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
    /** UpstreamFailure: the deploy provider refused a request (HTTP 4xx: bad token, quota, invalid files). */
    public static final ErrorCode PROVIDER_REJECTED = ErrorCode.of("deploy_provider_rejected");
    /** UpstreamFailure: the deploy provider failed or could not be reached (HTTP 5xx, connection refused). */
    public static final ErrorCode PROVIDER_FAILED = ErrorCode.of("deploy_provider_failed");
    /** UpstreamFailure: the provider's build or rollout ended in an error state. */
    public static final ErrorCode BUILD_FAILED = ErrorCode.of("deploy_build_failed");
    /** UpstreamFailure: the provider did not answer, or the deployment was not ready, in time. */
    public static final ErrorCode TIMED_OUT = ErrorCode.of("deploy_timeout");
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
