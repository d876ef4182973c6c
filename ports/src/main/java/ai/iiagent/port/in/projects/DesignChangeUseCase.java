package ai.iiagent.port.in.projects;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;

/**
 * Design mode's AI change ({@code POST /v1/project/design/ai-change}): the model rewrites one element of
 * a page of the session's project as the owner asks (a billed LLM call), the element is replaced in the
 * project's file in the sandbox, and the project's git history gets a checkpoint before and a commit after.
 * Another user's session is {@code project_not_found}; bad input is {@code invalid_design_state}; an
 * element not found in the file is {@code design_element_not_found} (409).
 */
public interface DesignChangeUseCase {

    /**
     * @param filePath    the page's file, relative to the project's directory (e.g. {@code index.html})
     * @param elementHtml the element's outer HTML exactly as it stands in the file
     */
    DesignChangeResult change(UserId caller, SessionId sessionId, String filePath, String selector, String elementHtml,
                              String instruction);

    /**
     * Puts {@code filePath} back as it was at {@code checkpoint} (the {@code checkpoint} of an earlier
     * change) and commits that, so the revert is itself in the history.
     *
     * @throws ai.iiagent.domain.shared.NotFoundException {@code design_checkpoint_not_found} when the project's
     *         history has no such commit
     */
    DesignRevertResult revert(UserId caller, SessionId sessionId, String filePath, String checkpoint);
}
