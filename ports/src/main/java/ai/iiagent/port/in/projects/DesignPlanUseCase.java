package ai.iiagent.port.in.projects;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import java.util.List;

/**
 * Design mode's iframe plan ({@code POST /v1/project/design/ai-iframe-plan}): from a snapshot of the page
 * the web UI shows and the owner's request, the model plans style and text operations on the snapshot's
 * elements (one billed LLM call). Nothing in the sandbox changes: the UI applies the plan to its copy.
 * Another user's session is {@code project_not_found}; bad input is {@code invalid_design_state}.
 */
public interface DesignPlanUseCase {

    /**
     * @param selectedDesignId the element the owner picked (one of {@code nodes}), or null
     * @param nodes            the page's elements; operations only ever name one of them
     */
    DesignPlan plan(UserId caller, SessionId sessionId, String userRequest, String selectedDesignId, String pageTitle,
                    List<DesignNode> nodes);
}
