package ai.iiagent.port.in.agents;

import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.tasks.RunAlreadyActiveException;
import ai.iiagent.domain.tasks.RunId;

/**
 * Starts a planning run ({@code plan}); the stored plan arrives as {@code plan.milestone.generated}.
 *
 * @throws SessionNotFoundException unless the caller owns the session
 * @throws RunAlreadyActiveException when the session already has an active run
 */
public interface StartPlanUseCase {

    /** @return the run started or resumed */
    RunId startPlan(StartPlan command);
}
