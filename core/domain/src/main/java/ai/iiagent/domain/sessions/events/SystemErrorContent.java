package ai.iiagent.domain.sessions.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The one shape of a {@code system.error} event's content, wherever it is built (a run that fails,
 * a refused socket command, credits running out): {@code error_code} (the original protocol's
 * category), {@code code} (our specific stable code), {@code message} (safe to show: never a
 * provider's answer or internal detail), {@code recoverable}, and {@code run_id} for a run's errors.
 */
public final class SystemErrorContent {

    private SystemErrorContent() {
    }

    /** An error outside any run (a refused command). */
    public static Map<String, Object> of(String errorCode, String code, String message, boolean recoverable) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("error_code", Objects.requireNonNull(errorCode, "errorCode"));
        content.put("code", code == null ? errorCode : code);
        content.put("message", message == null ? "" : message);
        content.put("recoverable", recoverable);
        return content;
    }

    /** An error of one run; {@code runId} may be null when the run is unknown. */
    public static Map<String, Object> ofRun(UUID runId, String errorCode, String code, String message,
                                            boolean recoverable) {
        Map<String, Object> content = of(errorCode, code, message, recoverable);
        if (runId != null) {
            content.put("run_id", runId.toString());
        }
        return content;
    }
}
