package ai.iiagent.domain.sessions;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.HashSet;
import java.util.List;

/** The plan of a session (plan mode): a summary and up to 100 milestones with unique ids. */
public record SessionPlan(String summary, List<Milestone> milestones) {

    static final int MAX_MILESTONES = 100;

    public SessionPlan {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        if (milestones.size() > MAX_MILESTONES) {
            throw new ValidationException(ErrorCode.of("invalid_plan"), "a plan has at most 100 milestones");
        }
        if (new HashSet<>(milestones.stream().map(Milestone::id).toList()).size() != milestones.size()) {
            throw new ValidationException(ErrorCode.of("invalid_plan"), "milestone ids must be unique");
        }
        summary = summary == null ? "" : summary.strip();
    }
}
