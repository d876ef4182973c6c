package ai.iiagent.domain.projects;

import ai.iiagent.domain.shared.ErrorCode;

/** The stable error codes of projects (docs/projects.md). */
public final class ProjectErrors {

    /** NotFound: no such project, or not the caller's. */
    public static final ErrorCode PROJECT_NOT_FOUND = ErrorCode.of("project_not_found");
    /** Conflict: the session already has a project. */
    public static final ErrorCode PROJECT_EXISTS = ErrorCode.of("project_exists");
    /** Validation: a project name that is not a slug. */
    public static final ErrorCode INVALID_PROJECT_NAME = ErrorCode.of("invalid_project_name");
    /** Validation: a framework no template stands for. */
    public static final ErrorCode UNKNOWN_FRAMEWORK = ErrorCode.of("unknown_framework");
    /** NotFound: the project has no database. */
    public static final ErrorCode NO_DATABASE = ErrorCode.of("project_database_not_found");
    /** Validation: a table name that is not a table of the project's database. */
    public static final ErrorCode INVALID_TABLE = ErrorCode.of("invalid_table");
    /** Validation: limit or offset out of range. */
    public static final ErrorCode INVALID_PAGE = ErrorCode.of("invalid_page");
    /** Validation: a secret name that is not an environment variable name, or a value too long. */
    public static final ErrorCode INVALID_SECRET = ErrorCode.of("invalid_secret");
    /** ServiceUnavailable: the database could not be provisioned or reached. */
    public static final ErrorCode DATABASE_UNAVAILABLE = ErrorCode.of("project_database_unavailable");
    /** Validation: a design-mode state or request that is too large or malformed. */
    public static final ErrorCode INVALID_DESIGN_STATE = ErrorCode.of("invalid_design_state");
    /** UpstreamFailure: the project's server gave no HTML page for design mode (not 200, not HTML, too large). */
    public static final ErrorCode DESIGN_PAGE_UNAVAILABLE = ErrorCode.of("design_page_unavailable");
    /** Conflict: the picked element's HTML is not (or no longer) in the project's file. */
    public static final ErrorCode DESIGN_ELEMENT_NOT_FOUND = ErrorCode.of("design_element_not_found");
    /** UpstreamFailure: the model's answer was no usable element, or git in the sandbox failed. */
    public static final ErrorCode DESIGN_CHANGE_FAILED = ErrorCode.of("design_change_failed");
    /** NotFound: a design revert names a commit the project's git history does not have. */
    public static final ErrorCode DESIGN_CHECKPOINT_NOT_FOUND = ErrorCode.of("design_checkpoint_not_found");

    private ProjectErrors() {
    }
}
