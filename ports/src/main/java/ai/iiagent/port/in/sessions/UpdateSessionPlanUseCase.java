package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.SessionPlan;

/**
 * Overwrites the owner's session plan and records a {@code plan.milestone.generated} event, so
 * live clients and replays see the new plan.
 */
public interface UpdateSessionPlanUseCase {

    SessionPlan update(UpdateSessionPlanCommand command);
}
