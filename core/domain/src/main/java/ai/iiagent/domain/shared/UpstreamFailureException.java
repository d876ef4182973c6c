package ai.iiagent.domain.shared;

/** A provider the work depends on (LLM vendor, sandbox, payments) failed. */
public non-sealed class UpstreamFailureException extends DomainException {

    public UpstreamFailureException(ErrorCode code, String message) {
        super(code, message);
    }

    public UpstreamFailureException(String message) {
        super(ErrorCode.of("upstream_failure"), message);
    }
}
