package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.sessions.SessionPlan;
import ai.iiagent.domain.shared.ValidationException;

/**
 * Moves milestones of the stored plan to a status and emits one {@code plan.milestone.updated}
 * {@code {milestone_id, status}} per milestone that changed.
 *
 * @throws SessionNotFoundException unless the caller owns the session
 * @throws ValidationException {@code unknown_milestone} when the plan has no such milestone (or no plan)
 */
public interface UpdateMilestoneStatusUseCase {

    SessionPlan update(UpdateMilestoneStatusCommand command);
}
