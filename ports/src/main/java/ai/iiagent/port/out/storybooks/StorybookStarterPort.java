package ai.iiagent.port.out.storybooks;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.storybooks.StartedStorybook;
import ai.iiagent.domain.users.UserId;
import java.util.List;

/**
 * Starts a storybook on behalf of an agent or chat tool ({@code generate_storybook}): the same checks, quote and page
 * job as the REST route. The tool itself is free; each page is billed by the job.
 *
 * @throws ai.iiagent.domain.shared.ValidationException bad title, scenes or style (with its code)
 * @throws ai.iiagent.domain.shared.NotFoundException   the session is not the user's
 */
public interface StorybookStarterPort {

    StartedStorybook start(UserId owner, SessionId sessionId, String title, List<String> scenes, String style,
                           boolean voiceOver);
}
