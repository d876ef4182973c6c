package ai.iiagent.adapter.net;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;

/** An outbound URL the {@link SsrfGuard} will not call: wrong scheme, malformed, or an internal address. */
public final class DestinationRefusedException extends ValidationException {

    public static final ErrorCode CODE = ErrorCode.of("destination_refused");

    private final String reason;

    DestinationRefusedException(String url, String reason) {
        super(CODE, "refused " + url + ": " + reason);
        this.reason = reason;
    }

    /** Why, without the URL (for callers that word their own message). */
    public String reason() {
        return reason;
    }
}
