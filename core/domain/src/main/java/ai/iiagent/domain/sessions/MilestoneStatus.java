package ai.iiagent.domain.sessions;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.Arrays;

/** Progress of a milestone. */
public enum MilestoneStatus {
    PENDING("pending"), IN_PROGRESS("in_progress"), COMPLETED("completed"), FAILED("failed");

    private final String code;

    MilestoneStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static MilestoneStatus fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst()
                .orElseThrow(() -> new ValidationException(ErrorCode.of("invalid_plan"),
                        "milestone status must be pending, in_progress, completed or failed"));
    }
}
