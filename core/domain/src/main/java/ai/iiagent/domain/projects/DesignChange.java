package ai.iiagent.domain.projects;

/** One change the user asked for in design mode and has not applied yet: which element, and what to do to it. */
public record DesignChange(String selector, String instruction) {
}
