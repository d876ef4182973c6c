package ai.iiagent.domain.integrations;

import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.domain.shared.ValidationException;

/** The stable error codes of the connectors and the exceptions that carry them. */
public final class ConnectorErrors {

    /** No such provider ({@code /v1/connectors/<unknown>}). */
    public static final String PROVIDER_UNKNOWN = "connector_provider_unknown";
    /** The caller has not connected this provider (or disconnected it). */
    public static final String NOT_CONNECTED = "connector_not_connected";
    /** The server has no OAuth client for this provider. */
    public static final String NOT_CONFIGURED = "connector_not_configured";
    /** The callback's state is unknown, another user's, or another provider's. */
    public static final String STATE_MISMATCH = "oauth_state_mismatch";
    /** The callback came after the authorisation request expired. */
    public static final String STATE_EXPIRED = "oauth_state_expired";
    /** The callback for this state was completed already: a replayed code. */
    public static final String CODE_REPLAYED = "oauth_code_replayed";
    /** The provider refused the authorisation code (wrong, expired or used). */
    public static final String CODE_REJECTED = "oauth_code_rejected";
    /** The provider no longer accepts the stored grant; the user must connect again. */
    public static final String AUTHORIZATION_EXPIRED = "connector_authorization_expired";
    /** The provider failed or answered something unexpected. */
    public static final String UPSTREAM_FAILED = "connector_upstream_failed";
    /** A request to a connector carried a malformed value. */
    public static final String INVALID_REQUEST = "invalid_connector_request";

    /** A Drive file the connected account cannot read (unknown, deleted, or not picked). */
    public static final String DRIVE_FILE_NOT_FOUND = "drive_file_not_found";

    /** A GitHub skill folder holds no SKILL.md (the zip upload's code). */
    public static final String SKILL_MD_MISSING = "skill_md_missing";
    /** A GitHub skill folder has more files than a package may (the zip upload's code). */
    public static final String SKILL_TOO_MANY_ENTRIES = "skill_package_too_many_entries";
    /** A GitHub skill folder is larger than a package may be (the zip upload's code). */
    public static final String SKILL_TOO_LARGE = "skill_package_too_large";

    private ConnectorErrors() {
    }

    static NotFoundException unknownProvider(String path) {
        return new NotFoundException(ErrorCode.of(PROVIDER_UNKNOWN), "no connector named '" + path + "'");
    }

    public static NotFoundException notConnected(ConnectorProvider provider) {
        return new NotFoundException(ErrorCode.of(NOT_CONNECTED), provider.code() + " is not connected");
    }

    public static ServiceUnavailableException notConfigured(ConnectorProvider provider) {
        return new ServiceUnavailableException(ErrorCode.of(NOT_CONFIGURED),
                provider.code() + " is not configured on this server (see docs/connectors.md)");
    }

    public static ValidationException stateMismatch() {
        return new ValidationException(ErrorCode.of(STATE_MISMATCH), "the OAuth state does not match an authorisation you started");
    }

    public static ValidationException stateExpired() {
        return new ValidationException(ErrorCode.of(STATE_EXPIRED), "the authorisation request expired; start again");
    }

    public static ConflictException codeReplayed() {
        return new ConflictException(ErrorCode.of(CODE_REPLAYED), "this authorisation was completed already");
    }

    public static ValidationException codeRejected(String reason) {
        return new ValidationException(ErrorCode.of(CODE_REJECTED), "the provider refused the authorisation code: " + reason);
    }

    public static ConflictException authorizationExpired(ConnectorProvider provider) {
        return new ConflictException(ErrorCode.of(AUTHORIZATION_EXPIRED),
                provider.code() + " no longer accepts this connection; connect again");
    }

    public static UpstreamFailureException upstream(String what) {
        return new UpstreamFailureException(ErrorCode.of(UPSTREAM_FAILED), what);
    }

    public static ValidationException invalid(String message) {
        return new ValidationException(ErrorCode.of(INVALID_REQUEST), message);
    }

    public static NotFoundException driveFileNotFound(String fileId) {
        return new NotFoundException(ErrorCode.of(DRIVE_FILE_NOT_FOUND), "no Drive file " + fileId + " this connection can read");
    }

    /** Google refuses to export Workspace files above its own cap (the uploads' {@code file_too_large}). */
    public static ValidationException driveExportTooLarge(String fileId) {
        return new ValidationException(ErrorCode.of("file_too_large"), "Google Drive cannot export " + fileId
                + ": the file is larger than Google's export limit");
    }
}
