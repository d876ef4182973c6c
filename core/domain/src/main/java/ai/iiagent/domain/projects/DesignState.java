package ai.iiagent.domain.projects;

import java.time.Instant;
import java.util.List;

/**
 * A project's design-mode state (docs/projects.md, Design mode): the element the user picked in the
 * design iframe (its CSS selector and outer HTML, both absent when nothing is picked) and the changes
 * they queued. One per project; {@code updatedAt} is null for a project whose state was never saved.
 */
public record DesignState(ProjectId projectId, String selector, String elementHtml, List<DesignChange> pendingChanges,
                          Instant updatedAt) {

    public DesignState {
        pendingChanges = List.copyOf(pendingChanges);
    }

    /** The state of a project nobody has designed yet: nothing picked, nothing queued. */
    public static DesignState empty(ProjectId projectId) {
        return new DesignState(projectId, null, null, List.of(), null);
    }
}
