package ai.iiagent.domain.sessions;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.List;

/** One step of a session's plan. */
public record Milestone(String id, String content, MilestoneStatus status, String details, List<String> dependencies) {

    static final int MAX_CONTENT = 2000;

    public Milestone {
        if (id == null || id.isBlank() || content == null || content.isBlank() || content.length() > MAX_CONTENT) {
            throw new ValidationException(ErrorCode.of("invalid_plan"),
                    "every milestone needs an id and a content of at most 2000 characters");
        }
        status = status == null ? MilestoneStatus.PENDING : status;
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
    }
}
