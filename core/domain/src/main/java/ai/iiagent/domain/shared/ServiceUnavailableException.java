package ai.iiagent.domain.shared;

/** A dependency of ours is down or overloaded; retrying later may succeed. */
public non-sealed class ServiceUnavailableException extends DomainException {

    public ServiceUnavailableException(ErrorCode code, String message) {
        super(code, message);
    }

    public ServiceUnavailableException(String message) {
        super(ErrorCode.of("service_unavailable"), message);
    }
}
