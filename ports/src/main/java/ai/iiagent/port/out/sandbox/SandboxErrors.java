package ai.iiagent.port.out.sandbox;

import ai.iiagent.domain.shared.ErrorCode;

/** The stable error codes every {@link SandboxPort} implementation uses for the same situations. */
public final class SandboxErrors {

    /** {@code ServiceUnavailableException}: the configured kind cannot run here (not installed, unreachable). */
    public static final ErrorCode UNAVAILABLE = ErrorCode.of("sandbox_unavailable");
    /** {@code NotFoundException}: no such file or directory in the workspace. */
    public static final ErrorCode FILE_NOT_FOUND = ErrorCode.of("sandbox_file_not_found");
    /** {@code ValidationException}: a path that is absolute, climbs out, or resolves outside through a link. */
    public static final ErrorCode PATH_OUTSIDE_WORKSPACE = ErrorCode.of("sandbox_path_outside_workspace");
    /** {@code NotFoundException}: the session has no sandbox (for calls that never create one). */
    public static final ErrorCode NOT_FOUND = ErrorCode.of("sandbox_not_found");
    /** {@code ConflictException}: this kind of sandbox cannot do that (the local one exposes no ports). */
    public static final ErrorCode OPERATION_UNSUPPORTED = ErrorCode.of("sandbox_operation_unsupported");
    /** {@code UpstreamFailureException}: the provider refused or failed the call. */
    public static final ErrorCode PROVIDER_FAILED = ErrorCode.of("sandbox_provider_failed");
    /** {@code ConflictException}: the session's sandbox is in the middle of another lifecycle change. */
    public static final ErrorCode BUSY = ErrorCode.of("sandbox_busy");

    private SandboxErrors() {
    }
}
