package ai.iiagent.port.in.projects;

/**
 * One element of the design iframe's page as the web UI saw it ({@code document_snapshot.nodes}): the id
 * the UI gave it ({@code data-design-id}), its tag, class, id attribute, text, outer HTML (cut short by the
 * UI) and its parent's design id.
 */
public record DesignNode(String designId, String tagName, String className, String id, String textContent, String html,
                         String parentDesignId) {
}
